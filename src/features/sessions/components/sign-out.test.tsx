import { screen, waitFor, within } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { apiPaths } from '../../../config/paths'
import { expectAnnounced } from '../../../testing/announcer'
import {
  apiError,
  http,
  HttpResponse,
  json,
  pause,
  reauthRequired,
  server,
} from '../../../testing/msw'
import { answerReauth } from '../../../testing/reauth'
import { recordRequests } from '../../../testing/requests'
import { legacy, phone, renderSessions, sessionsServer, thisBrowser } from '../testing'

const PHONE = 'Mobile Safari 18.1 on iOS 18.1'

const devices = () =>
  within(screen.getByRole('list', { name: 'Sessions' }))
    .getAllByRole('heading', { level: 3 })
    .map((heading) => heading.textContent)

async function openSignOut(device = PHONE) {
  const app = renderSessions()
  await app.user.click(await screen.findByRole('button', { name: `Sign out ${device}` }))
  const dialog = screen.getByRole('dialog', { name: `Sign out ${device}?` })
  return { ...app, dialog, confirm: within(dialog).getByRole('button', { name: 'Sign out' }) }
}

describe('Sign out one session', () => {
  it('says what happens, then ends it, drops it from the list and announces it', async () => {
    const state = sessionsServer()
    const { user, dialog, confirm } = await openSignOut()
    expect(dialog).toHaveAccessibleDescription(
      'That browser is signed out the next time it opens a page or does anything in your account. Personal API keys keep working.',
    )
    expect(within(dialog).getByRole('button', { name: 'Cancel' })).toHaveFocus()
    expect(confirm).toHaveClass('btn-danger')
    await user.click(confirm)
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull())
    expect(state.deleted).toEqual([phone.id])
    expect(devices()).toEqual(['Firefox 128.0 on Ubuntu', 'Unknown device'])
    await expectAnnounced('Signed out of that session.')
    await waitFor(() =>
      expect(screen.getByRole('heading', { name: 'Where you’re signed in' })).toHaveFocus(),
    )
  })

  it('Cancel sends nothing and gives focus back', async () => {
    sessionsServer()
    const { user, dialog } = await openSignOut()
    const requests = recordRequests()
    await user.click(within(dialog).getByRole('button', { name: 'Cancel' }))
    expect(screen.queryByRole('dialog')).toBeNull()
    expect(screen.getByRole('button', { name: `Sign out ${PHONE}` })).toHaveFocus()
    expect(requests).toEqual([])
    expect(devices()).toHaveLength(3)
    server.events.removeAllListeners()
  })

  it('sends one request for a double click', async () => {
    const state = sessionsServer()
    let calls = 0
    server.use(
      http.delete(apiPaths.loginSession(phone.id), async () => {
        calls++
        await pause()
        state.sessions = state.sessions.filter((session) => session.id !== phone.id)
        return new HttpResponse(null, { status: 204 })
      }),
    )
    const { user, confirm } = await openSignOut()
    await user.dblClick(confirm)
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull())
    expect(calls).toBe(1)
  })

  it('re-auth dismissed: nothing signed out and it says why; re-auth passed: it is retried', async () => {
    const state = sessionsServer()
    let calls = 0
    server.use(
      http.delete(apiPaths.loginSession(phone.id), () => {
        if (++calls <= 2) return reauthRequired()
        state.sessions = state.sessions.filter((session) => session.id !== phone.id)
        return new HttpResponse(null, { status: 204 })
      }),
    )
    const { user, dialog, confirm } = await openSignOut()
    await user.click(confirm)
    await answerReauth(false)
    expect(await within(dialog).findByRole('alert')).toHaveTextContent(
      'Nothing was signed out because you didn’t confirm it’s you.',
    )
    expect(calls).toBe(1)
    expect(devices()).toContain(PHONE)

    await user.click(confirm)
    await answerReauth(true)
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull())
    expect(calls).toBe(3)
    expect(devices()).not.toContain(PHONE)
    await expectAnnounced('Signed out of that session.')
  })

  it('already gone (404): leaves the list quietly and says so', async () => {
    const state = sessionsServer()
    const { user, confirm } = await openSignOut()
    // Signed out elsewhere meanwhile: the server no longer has it.
    state.sessions = state.sessions.filter((session) => session.id !== phone.id)
    await user.click(confirm)
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull())
    expect(devices()).not.toContain(PHONE)
    await expectAnnounced('That session had already ended.')
  })

  it('500 and offline keep the dialog open with the reason and the session listed', async () => {
    sessionsServer()
    server.use(http.delete(apiPaths.loginSession(phone.id), () => apiError(500, 'error', 'Boom')))
    const { user, dialog, confirm } = await openSignOut()
    await user.click(confirm)
    expect(await within(dialog).findByRole('alert')).toHaveTextContent(
      'Something went wrong on our side',
    )
    server.use(http.delete(apiPaths.loginSession(phone.id), () => HttpResponse.error()))
    await user.click(confirm)
    await waitFor(() =>
      expect(within(dialog).getByRole('alert')).toHaveTextContent("We couldn't reach the server."),
    )
    expect(devices()).toContain(PHONE)
    // Cancelled, the error does not come back next time.
    await user.click(within(dialog).getByRole('button', { name: 'Cancel' }))
    await user.click(screen.getByRole('button', { name: `Sign out ${PHONE}` }))
    expect(within(screen.getByRole('dialog')).queryByRole('alert')).toBeNull()
  })
})

describe('Sign out all other sessions', () => {
  const openAll = async () => {
    const app = renderSessions()
    await app.user.click(await screen.findByRole('button', { name: 'Sign out all other sessions' }))
    const dialog = screen.getByRole('dialog', { name: 'Sign out all other sessions?' })
    return {
      ...app,
      dialog,
      confirm: within(dialog).getByRole('button', { name: 'Sign out others' }),
    }
  }

  it('says what happens, keeps only this device and announces how many (plural)', async () => {
    const state = sessionsServer()
    const { user, dialog, confirm } = await openAll()
    expect(dialog).toHaveAccessibleDescription(
      'Every other browser is signed out the next time it opens a page or does anything in your account. This one stays signed in, and personal API keys keep working.',
    )
    expect(within(dialog).getByRole('button', { name: 'Cancel' })).toHaveFocus()
    await user.click(confirm)
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull())
    expect(state.revokeCalls).toBe(1)
    expect(devices()).toEqual(['Firefox 128.0 on Ubuntu'])
    await expectAnnounced('Signed out of 2 other sessions.')
    const all = screen.getByRole('button', { name: 'Sign out all other sessions' })
    expect(all).toHaveAttribute('aria-disabled', 'true')
    expect(all).toHaveFocus()
  })

  it('announces the server’s count, singular too (expired rows count)', async () => {
    sessionsServer([thisBrowser, legacy])
    server.use(http.post(apiPaths.revokeOtherSessions, () => json({ revoked_count: 1 })))
    const { user, confirm } = await openAll()
    await user.click(confirm)
    await expectAnnounced('Signed out of 1 other session.')
  })

  it('Cancel sends nothing; a double click sends one request', async () => {
    const state = sessionsServer()
    const { user, dialog } = await openAll()
    const requests = recordRequests()
    await user.click(within(dialog).getByRole('button', { name: 'Cancel' }))
    expect(requests).toEqual([])
    server.events.removeAllListeners()

    let calls = 0
    server.use(
      http.post(apiPaths.revokeOtherSessions, async () => {
        calls++
        await pause()
        state.sessions = [thisBrowser]
        return json({ revoked_count: 2 })
      }),
    )
    await user.click(screen.getByRole('button', { name: 'Sign out all other sessions' }))
    await user.dblClick(
      within(screen.getByRole('dialog')).getByRole('button', { name: 'Sign out others' }),
    )
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull())
    expect(calls).toBe(1)
  })

  it('re-auth dismissed, 500 and offline: the dialog stays open with the reason', async () => {
    sessionsServer()
    server.use(http.post(apiPaths.revokeOtherSessions, () => reauthRequired()))
    const { user, dialog, confirm } = await openAll()
    await user.click(confirm)
    await answerReauth(false)
    expect(await within(dialog).findByRole('alert')).toHaveTextContent(
      'Nothing was signed out because you didn’t confirm it’s you.',
    )
    server.use(http.post(apiPaths.revokeOtherSessions, () => apiError(500, 'error', 'Boom')))
    await user.click(confirm)
    await waitFor(() =>
      expect(within(dialog).getByRole('alert')).toHaveTextContent(
        'Something went wrong on our side',
      ),
    )
    server.use(http.post(apiPaths.revokeOtherSessions, () => HttpResponse.error()))
    await user.click(confirm)
    await waitFor(() =>
      expect(within(dialog).getByRole('alert')).toHaveTextContent("We couldn't reach the server."),
    )
    expect(devices()).toHaveLength(3)
  })

  it('only this device: clicking the off button opens nothing', async () => {
    sessionsServer([thisBrowser])
    const { user } = renderSessions()
    await user.click(await screen.findByRole('button', { name: 'Sign out all other sessions' }))
    expect(screen.queryByRole('dialog')).toBeNull()
  })
})
