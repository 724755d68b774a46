import { screen, waitFor, within } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { apiPaths } from '../../../config/paths'
import { apiError, http, HttpResponse, json, reauthRequired, server } from '../../../testing/msw'
import { recordRequests } from '../../../testing/requests'
import { answerReauth } from '../../../testing/reauth'
import { expectAnnounced } from '../../../testing/announcer'
import { CODES, renderTwoFactorPage, twoFactorServer } from '../testing'

const renderEnabled = async (remaining = 8) => {
  const state = twoFactorServer({ enabled: true, remaining })
  const app = renderTwoFactorPage()
  await screen.findByRole('heading', { name: 'Status' })
  return { ...app, state }
}

describe('Regenerate backup codes', () => {
  it('warns that the old codes stop working, then shows the new ones with the same actions', async () => {
    const { user } = await renderEnabled(8)
    const opener = screen.getByRole('button', { name: 'Generate new backup codes' })
    await user.click(opener)
    const dialog = screen.getByRole('dialog', { name: 'Generate new backup codes?' })
    expect(dialog).toHaveAccessibleDescription(
      'Your 8 current backup codes stop working as soon as you generate new ones. Be ready to save the new codes right away.',
    )
    // Focus starts on the safe button; the destructive one is styled as danger.
    expect(within(dialog).getByRole('button', { name: 'Cancel' })).toHaveFocus()
    expect(within(dialog).getByRole('button', { name: 'Generate new codes' })).toHaveClass(
      'btn-danger',
    )
    await user.click(within(dialog).getByRole('button', { name: 'Generate new codes' }))
    const heading = await screen.findByRole('heading', { name: 'Your new backup codes' })
    expect(screen.queryByRole('dialog')).toBeNull()
    await waitFor(() => expect(heading).toHaveFocus())
    await expectAnnounced('New backup codes generated. The old ones no longer work.')
    const list = screen.getByRole('list', { name: 'Backup codes' })
    expect(
      within(list)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual(CODES)
    for (const name of ['Download .txt', 'Copy', 'Print'])
      expect(screen.getByRole('button', { name })).toBeInTheDocument()

    await user.click(screen.getByRole('button', { name: 'I have saved them' }))
    expect(screen.queryByRole('list', { name: 'Backup codes' })).toBeNull()
    await waitFor(() => expect(screen.getByRole('heading', { name: 'Status' })).toHaveFocus())
  })

  it('Cancel sends nothing and gives focus back', async () => {
    const { user } = await renderEnabled()
    const requests = recordRequests()
    const opener = screen.getByRole('button', { name: 'Generate new backup codes' })
    await user.click(opener)
    await user.click(screen.getByRole('button', { name: 'Cancel' }))
    expect(screen.queryByRole('dialog')).toBeNull()
    expect(opener).toHaveFocus()
    expect(requests).toEqual([])
    server.events.removeAllListeners()
  })

  it('opens from the low-codes nudge', async () => {
    const { user } = await renderEnabled(1)
    expect(screen.getByText(/Only 1 backup code left/)).toBeInTheDocument()
    await user.click(screen.getByRole('button', { name: 'Generate new backup codes' }))
    expect(
      screen.getByRole('dialog', { name: 'Generate new backup codes?' }),
    ).toHaveAccessibleDescription(
      expect.stringContaining('Your 1 current backup code stops working'),
    )
  })

  it('re-auth dismissed, 500 and network down: explained in the dialog, old codes kept', async () => {
    const { user } = await renderEnabled()
    server.use(http.post(apiPaths.twoFactorBackupCodes, () => reauthRequired()))
    await user.click(screen.getByRole('button', { name: 'Generate new backup codes' }))
    const dialog = screen.getByRole('dialog')
    const confirm = within(dialog).getByRole('button', { name: 'Generate new codes' })
    await user.click(confirm)
    await answerReauth(false)
    expect(await within(dialog).findByRole('alert')).toHaveTextContent(
      'No new codes were generated because you didn’t confirm it’s you. Your current codes still work.',
    )

    server.use(http.post(apiPaths.twoFactorBackupCodes, () => apiError(500, 'error', 'Boom')))
    await user.click(confirm)
    await waitFor(() =>
      expect(within(dialog).getByRole('alert')).toHaveTextContent(
        'Something went wrong on our side',
      ),
    )
    server.use(http.post(apiPaths.twoFactorBackupCodes, () => HttpResponse.error()))
    await user.click(confirm)
    await waitFor(() =>
      expect(within(dialog).getByRole('alert')).toHaveTextContent("We couldn't reach the server."),
    )
    expect(screen.queryByRole('heading', { name: 'Your new backup codes' })).toBeNull()
  })

  it('sends one request for a double click', async () => {
    const { user } = await renderEnabled()
    let calls = 0
    server.use(
      http.post(apiPaths.twoFactorBackupCodes, async () => {
        calls++
        await new Promise((r) => setTimeout(r, 50))
        return json({ backup_codes: CODES })
      }),
    )
    await user.click(screen.getByRole('button', { name: 'Generate new backup codes' }))
    await user.dblClick(screen.getByRole('button', { name: 'Generate new codes' }))
    await screen.findByRole('heading', { name: 'Your new backup codes' })
    expect(calls).toBe(1)
  })
})

describe('Disable two-factor authentication', () => {
  it('is a quiet danger action after the codes, not the filled button', async () => {
    await renderEnabled()
    const actions = within(screen.getByRole('region', { name: 'Status' })).getAllByRole('button')
    expect(actions.map((b) => b.textContent)).toEqual([
      'Generate new backup codes',
      'Turn off two-factor authentication',
    ])
    const [regenerate, off] = actions
    expect(regenerate).toHaveClass('btn-secondary')
    expect(off).toHaveClass('btn-danger-quiet')
    expect(off).not.toHaveClass('btn-danger')
    expect(off).not.toHaveClass('btn-primary')
  })

  it('names the consequences, then turns it off and focuses the status', async () => {
    const { user, state } = await renderEnabled(6)
    await user.click(screen.getByRole('button', { name: 'Turn off two-factor authentication' }))
    const dialog = screen.getByRole('dialog', { name: 'Turn off two-factor authentication?' })
    expect(dialog).toHaveAccessibleDescription(
      expect.stringContaining('Signing in will need only your password'),
    )
    expect(dialog).toHaveTextContent('your 6 remaining backup codes stop working at once')
    expect(within(dialog).getByRole('button', { name: 'Cancel' })).toHaveFocus()
    expect(within(dialog).getByRole('button', { name: 'Turn off' })).toHaveClass('btn-danger')
    await user.click(within(dialog).getByRole('button', { name: 'Turn off' }))
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull())
    expect(state.enabled).toBe(false)
    expect(
      screen.getByRole('button', { name: 'Set up two-factor authentication' }),
    ).toBeInTheDocument()
    await waitFor(() => expect(screen.getByRole('heading', { name: 'Status' })).toHaveFocus())
    await expectAnnounced('Two-factor authentication is off.')
  })

  it('re-auth dismissed keeps 2FA on and says why; re-auth passed turns it off', async () => {
    const { user } = await renderEnabled()
    let calls = 0
    server.use(http.post(apiPaths.twoFactorDisable, () => (++calls, reauthRequired())))
    await user.click(screen.getByRole('button', { name: 'Turn off two-factor authentication' }))
    const dialog = screen.getByRole('dialog')
    await user.click(within(dialog).getByRole('button', { name: 'Turn off' }))
    await answerReauth(false)
    expect(await within(dialog).findByRole('alert')).toHaveTextContent(
      'Two-factor authentication is still on because you didn’t confirm it’s you.',
    )
    expect(calls).toBe(1)

    server.resetHandlers()
    const state = twoFactorServer({ enabled: true })
    let disableCalls = 0
    server.use(
      http.post(apiPaths.twoFactorDisable, () => {
        if (++disableCalls === 1) return reauthRequired()
        state.enabled = false
        return json({ success: true })
      }),
    )
    await user.click(within(dialog).getByRole('button', { name: 'Turn off' }))
    await answerReauth(true)
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull())
    expect(disableCalls).toBe(2)
    expect(
      await screen.findByRole('button', { name: 'Set up two-factor authentication' }),
    ).toBeInTheDocument()
  })

  it('500 and network down keep the dialog open with the reason', async () => {
    const { user } = await renderEnabled()
    server.use(http.post(apiPaths.twoFactorDisable, () => apiError(500, 'error', 'Boom')))
    await user.click(screen.getByRole('button', { name: 'Turn off two-factor authentication' }))
    const dialog = screen.getByRole('dialog')
    await user.click(within(dialog).getByRole('button', { name: 'Turn off' }))
    expect(await within(dialog).findByRole('alert')).toHaveTextContent(
      'Something went wrong on our side',
    )
    server.use(http.post(apiPaths.twoFactorDisable, () => HttpResponse.error()))
    await user.click(within(dialog).getByRole('button', { name: 'Turn off' }))
    await waitFor(() =>
      expect(within(dialog).getByRole('alert')).toHaveTextContent("We couldn't reach the server."),
    )
    // Cancel closes it and the error does not come back next time.
    await user.click(within(dialog).getByRole('button', { name: 'Cancel' }))
    expect(screen.queryByRole('dialog')).toBeNull()
    await user.click(screen.getByRole('button', { name: 'Turn off two-factor authentication' }))
    expect(within(screen.getByRole('dialog')).queryByRole('alert')).toBeNull()
  })
})
