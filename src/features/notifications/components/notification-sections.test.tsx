import { screen, waitFor, within } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { apiPaths } from '../../../config/paths'
import { finishReauthentication, isReauthenticating } from '../../../lib/reauth'
import {
  apiError,
  http,
  HttpResponse,
  makeUser,
  reauthRequired,
  server,
} from '../../../testing/msw'
import {
  announcer,
  base,
  fakeApi,
  jane,
  renderPage,
  rowOf,
  toggle,
} from './notifications-test-utils'

describe('notification switches', () => {
  it('moves at once, before the server answers, and sends only the changed key', async () => {
    let release: () => void = () => {}
    const released = new Promise<void>((resolve) => (release = resolve))
    const api = fakeApi()
    server.use(
      http.patch(apiPaths.me, async () => {
        await released
        return undefined // fall through to fakeApi's handler
      }),
    )
    const app = renderPage()
    expect(toggle('Mentions in comments')).toBeChecked()
    await app.user.click(toggle('Mentions in comments'))
    await waitFor(() => expect(toggle('Mentions in comments')).not.toBeChecked())
    expect(api.bodies).toEqual([])
    const row = rowOf('Mentions in comments')
    expect(within(row).getByText('Saving…')).toBeVisible()
    release()
    await waitFor(() =>
      expect(api.bodies).toEqual([{ notification_settings: { discussions_mentioned: false } }]),
    )
    expect(await within(row).findByText('Saved')).toBeVisible()
    await waitFor(() => expect(announcer()).toHaveTextContent('Mentions in comments: off. Saved.'))
    expect(toggle('Mentions in comments')).not.toBeChecked()
    expect(api.current.notification_settings.discussions_mentioned).toBe(false)
  })

  it('shows "send" for *_disabled keys, keeps plugin_disabled as is, and sends one map entry', async () => {
    const api = fakeApi()
    const app = renderPage()
    expect(toggle('Weekly digest')).toBeChecked()
    expect(toggle('Default project digest')).toBeChecked()
    expect(toggle('Pipeline failures')).toBeChecked()
    expect(toggle('Materialized view sync failures')).not.toBeChecked()

    await app.user.click(toggle('Staging digest'))
    await app.user.click(toggle('Weekly digest'))
    await app.user.click(toggle('Pipeline failures'))
    await app.user.click(toggle('New members in Acme'))
    await waitFor(() => expect(api.bodies).toHaveLength(4))
    expect(api.bodies).toEqual([
      { notification_settings: { project_weekly_digest_disabled: { '2': true } } },
      { notification_settings: { all_weekly_digest_disabled: true } },
      { notification_settings: { plugin_disabled: false } },
      {
        notification_settings: {
          organization_member_join_email_disabled: { [base.organizations[0]!.id]: true },
        },
      },
    ])
    await waitFor(() => expect(toggle('New members in Acme')).not.toBeChecked())
    expect(toggle('Staging digest')).not.toBeChecked()
    expect(toggle('Default project digest')).toBeChecked()
    expect(screen.getByText(/The weekly digest is off/)).toBeInTheDocument()
  })

  it('rolls back on a 500 and says why, on screen and to screen readers', async () => {
    fakeApi()
    server.use(http.patch(apiPaths.me, () => apiError(500, 'error', 'A server error occurred.')))
    const app = renderPage()
    await app.user.click(toggle('Mentions in comments'))
    await waitFor(() =>
      expect(announcer()).toHaveTextContent(
        'Mentions in comments was not changed. Something went wrong on our side.',
      ),
    )
    expect(toggle('Mentions in comments')).toBeChecked()
    const row = rowOf('Mentions in comments')
    expect(within(row).getByText('Not saved')).toBeVisible()
    expect(
      within(row).getByText(/Something went wrong on our side. Your changes were not saved/, {
        selector: 'p',
      }),
    ).toBeVisible()
    expect(toggle('Mentions in comments')).toHaveAccessibleDescription(/Something went wrong/)
  })

  it('rolls back when the server is unreachable', async () => {
    fakeApi()
    server.use(http.patch(apiPaths.me, () => HttpResponse.error()))
    const app = renderPage()
    await app.user.click(toggle('Pipeline failures'))
    expect(
      await screen.findByText(/We couldn't reach the server/, { selector: 'p' }),
    ).toBeInTheDocument()
    expect(toggle('Pipeline failures')).toBeChecked()
  })

  it('rolls back when the re-auth dialog is dismissed', async () => {
    fakeApi()
    server.use(http.patch(apiPaths.me, () => reauthRequired()))
    const app = renderPage()
    await app.user.click(toggle('Weekly digest'))
    await waitFor(() => expect(isReauthenticating()).toBe(true))
    expect(toggle('Weekly digest')).not.toBeChecked()
    finishReauthentication(false)
    expect(
      await screen.findByText(/we need to confirm it's you/, { selector: 'p' }),
    ).toBeInTheDocument()
    expect(toggle('Weekly digest')).toBeChecked()
  })

  it('ends rapid flips where the user left the switch, one request at a time', async () => {
    // Long enough that the flips below land while the first request is still on its way, even
    // on a busy machine (each click re-renders every switch of the page).
    const api = fakeApi(jane, { delay: 200 })
    const app = renderPage()
    const mentions = () => toggle('Mentions in comments')
    await app.user.click(mentions()) // off: sent at once
    await app.user.click(mentions()) // on
    await app.user.click(mentions()) // off
    await app.user.click(mentions()) // on: the last choice
    expect(mentions()).toBeChecked()
    await waitFor(() => expect(announcer()).toHaveTextContent('Mentions in comments: on. Saved.'))
    expect(mentions()).toBeChecked()
    expect(api.current.notification_settings.discussions_mentioned).toBe(true)
    expect(api.maxInFlight).toBe(1)
    expect(api.bodies.at(-1)).toEqual({ notification_settings: { discussions_mentioned: true } })

    // Three flips from on: the last one (off) wins, even though the first request is still running.
    await app.user.click(mentions())
    await app.user.click(mentions())
    await app.user.click(mentions())
    await waitFor(() => expect(announcer()).toHaveTextContent('Mentions in comments: off. Saved.'))
    expect(mentions()).not.toBeChecked()
    expect(api.current.notification_settings.discussions_mentioned).toBe(false)
    expect(api.maxInFlight).toBe(1)
  })

  it('keeps a newer choice on another switch when an older answer arrives', async () => {
    const api = fakeApi(jane, { delay: 40 })
    const app = renderPage()
    await app.user.click(toggle('Mentions in comments'))
    await app.user.click(toggle('Pipeline failures'))
    expect(toggle('Mentions in comments')).not.toBeChecked()
    expect(toggle('Pipeline failures')).not.toBeChecked()
    await waitFor(() => expect(api.bodies).toHaveLength(2))
    await waitFor(() => expect(announcer()).toHaveTextContent(/Saved/))
    await waitFor(() => expect(api.current.notification_settings.plugin_disabled).toBe(false))
    expect(toggle('Mentions in comments')).not.toBeChecked()
    expect(toggle('Pipeline failures')).not.toBeChecked()
  })
})

describe('pipeline error threshold', () => {
  const input = () => screen.getByRole('textbox', { name: 'Error rate that triggers an alert' })
  const save = () => screen.getByRole('button', { name: 'Save error rate' })

  it('shows the share as a percentage and refuses what is not 0–100, sending nothing', async () => {
    const api = fakeApi()
    const app = renderPage()
    expect(input()).toHaveValue('1')
    expect(save()).toHaveAttribute('aria-disabled', 'true')
    for (const [typed, message] of [
      ['-1', 'Enter a percentage from 0 to 100.'],
      ['101', 'Enter a percentage from 0 to 100.'],
      ['abc', 'Enter a number, like 5 or 0.5.'],
      ['', 'Enter a percentage from 0 to 100.'],
    ] as const) {
      await app.user.clear(input())
      if (typed) await app.user.type(input(), typed)
      await app.user.click(save())
      await waitFor(() =>
        expect(input()).toHaveAccessibleDescription(expect.stringContaining(message)),
      )
      expect(input()).toHaveAttribute('aria-invalid', 'true')
      expect(input()).toHaveFocus()
    }
    expect(api.bodies).toEqual([])
  })

  it('saves 5 % as 0.05 and says so', async () => {
    const api = fakeApi()
    const app = renderPage()
    await app.user.clear(input())
    await app.user.type(input(), '5')
    await app.user.click(save())
    expect(await screen.findByText('Saved')).toBeInTheDocument()
    expect(api.bodies).toEqual([{ notification_settings: { data_pipeline_error_threshold: 0.05 } }])
    expect(input()).toHaveValue('5')
    expect(save()).toHaveAttribute('aria-disabled', 'true')
    await waitFor(() => expect(announcer()).toHaveTextContent('Error rate for alerts saved: 5%.'))
  })

  it("puts PostHog's refusal under the field and keeps the input", async () => {
    fakeApi()
    server.use(
      http.patch(apiPaths.me, () =>
        apiError(
          400,
          'invalid_input',
          'data_pipeline_error_threshold must be between 0.0 and 1.0, got 1.5',
          'notification_settings',
        ),
      ),
    )
    const app = renderPage()
    await app.user.clear(input())
    await app.user.type(input(), '0.5')
    await app.user.click(save())
    await waitFor(() =>
      expect(input()).toHaveAccessibleDescription(
        expect.stringContaining('must be between 0.0 and 1.0'),
      ),
    )
    expect(input()).toHaveValue('0.5')
  })

  it('sends one request for a double click', async () => {
    const api = fakeApi(jane, { delay: 30 })
    const app = renderPage()
    await app.user.clear(input())
    await app.user.type(input(), '2,5')
    await app.user.dblClick(save())
    expect(await screen.findByText('Saved')).toBeInTheDocument()
    expect(api.bodies).toEqual([
      { notification_settings: { data_pipeline_error_threshold: 0.025 } },
    ])
  })
})

describe('locks and empty states', () => {
  it('disables a setting the organization locked and says why', () => {
    fakeApi()
    renderPage(
      makeUser({
        ...jane,
        notification_locks: [{ setting: 'plugin_disabled', scope_id: null, locked_value: true }],
      }),
    )
    const locked = toggle('Pipeline failures')
    expect(locked).toBeDisabled()
    expect(locked).toHaveAccessibleDescription(expect.stringContaining('Set by your organization'))
  })

  it('has no project digests or organizations for a user outside any organization', () => {
    fakeApi()
    renderPage(makeUser({ organization: null, organizations: [], team: null }))
    expect(screen.queryByRole('group', { name: 'Projects in your digest' })).not.toBeInTheDocument()
    expect(screen.getByText(/You're not in an organization/)).toBeInTheDocument()
    expect(within(document.body).getAllByRole('switch').length).toBeGreaterThan(3)
  })
})
