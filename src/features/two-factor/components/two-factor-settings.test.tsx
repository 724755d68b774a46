import { screen, waitFor, within } from '@testing-library/react'
import { describe, expect, it, vi } from 'vitest'
import { apiPaths } from '../../../config/paths'
import { apiError, http, HttpResponse, json, server } from '../../../testing/msw'
import { expectAnnounced } from '../../../testing/announcer'
import {
  CODES,
  newestStatus,
  renderTwoFactorPage as renderPage,
  SECRET,
  twoFactorServer,
} from '../testing'
import { expectBoundaryErrors } from '../../../testing/boundary'

const statusCard = () => screen.getByRole('region', { name: 'Status' })
// A <dd> has no accessible name tying it to its <dt>, so no Testing Library query finds it.
const fact = (term: string) =>
  // eslint-disable-next-line testing-library/no-node-access
  within(statusCard()).getByText(term, { selector: 'dt' }).nextElementSibling

describe('TwoFactorSettings status', () => {
  it('shows a skeleton, then that 2FA is off with a way to set it up', async () => {
    twoFactorServer()
    renderPage()
    expect(
      screen.getByRole('status', { name: 'Loading two-factor authentication' }),
    ).toHaveAttribute('aria-busy', 'true')
    expect(await screen.findByRole('heading', { name: 'Status' })).toBeInTheDocument()
    expect(fact('Two-factor authentication')).toHaveTextContent('Off')
    expect(fact('Method')).toHaveTextContent('None')
    expect(
      screen.getByRole('button', { name: 'Set up two-factor authentication' }),
    ).toBeInTheDocument()
    expect(screen.queryByRole('button', { name: 'Turn off two-factor authentication' })).toBeNull()
  })

  it('reads the newest status shape (a count)', async () => {
    twoFactorServer({ enabled: true, remaining: 7 })
    renderPage()
    await screen.findByRole('heading', { name: 'Status' })
    expect(fact('Two-factor authentication')).toHaveTextContent('On')
    expect(fact('Method')).toHaveTextContent('Authenticator app')
    expect(fact('Backup codes left')).toHaveTextContent('7 of 10')
    expect(screen.queryByText(/backup codes? left\. Generate/)).toBeNull()
    expect(screen.getByRole('button', { name: 'Generate new backup codes' })).toBeInTheDocument()
    expect(
      screen.getByRole('button', { name: 'Turn off two-factor authentication' }),
    ).toBeInTheDocument()
  })

  it('reads the older status shape (the live codes) and nudges at 2 or fewer', async () => {
    server.use(
      http.get(apiPaths.twoFactorStatus, () =>
        json({ is_enabled: true, backup_codes: ['k7d2xq4m', 'a2b3c4d5'] }),
      ),
    )
    renderPage()
    await screen.findByRole('heading', { name: 'Status' })
    expect(fact('Method')).toHaveTextContent('Authenticator app')
    expect(fact('Backup codes left')).toHaveTextContent('2 of 10')
    expect(screen.getByText(/Only 2 backup codes left/)).toBeInTheDocument()
    // One Regenerate action, inside the nudge.
    expect(screen.getAllByRole('button', { name: 'Generate new backup codes' })).toHaveLength(1)
  })

  it('nudges when no backup code is left', async () => {
    server.use(http.get(apiPaths.twoFactorStatus, () => json(newestStatus(true, 0))))
    renderPage()
    expect(await screen.findByText(/You have no backup codes left/)).toBeInTheDocument()
  })

  it('shows a message and a retry when the status cannot load', async () => {
    expectBoundaryErrors()
    let calls = 0
    server.use(
      http.get(apiPaths.twoFactorStatus, () =>
        ++calls === 1 ? HttpResponse.error() : json(newestStatus(false)),
      ),
    )
    const { user } = renderPage()
    expect(await screen.findByRole('alert')).toHaveTextContent("We couldn't reach the server.")
    await user.click(screen.getByRole('button', { name: 'Try again' }))
    expect(await screen.findByRole('heading', { name: 'Status' })).toBeInTheDocument()
  })
})

describe('TwoFactorSettings enrolment', () => {
  it('goes from the QR code to backup codes to done, focusing each step', async () => {
    const state = twoFactorServer()
    const { user } = renderPage()
    await user.click(
      await screen.findByRole('button', { name: 'Set up two-factor authentication' }),
    )

    const scan = await screen.findByRole('heading', {
      name: 'Add your account to your authenticator app',
    })
    await waitFor(() => expect(scan).toHaveFocus())
    expect(
      screen.getByRole('img', {
        name: 'QR code to add jane@example.com to your authenticator app',
      }),
    ).toBeInTheDocument()
    // While enrolling, the status card carries no actions.
    expect(screen.queryByRole('button', { name: 'Set up two-factor authentication' })).toBeNull()

    await user.type(screen.getByLabelText('6-digit code from your app'), '123456')
    const codes = await screen.findByRole('heading', { name: 'Save your backup codes' })
    await waitFor(() => expect(codes).toHaveFocus())
    const list = await screen.findByRole('list', { name: 'Backup codes' })
    expect(
      within(list)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual(CODES)
    expect(state.tokens).toEqual(['123456'])

    await user.click(screen.getByRole('checkbox', { name: 'I have saved these codes' }))
    await user.type(screen.getByLabelText('Type one of the codes'), CODES[3]!)
    await user.click(screen.getByRole('button', { name: 'Finish' }))
    const done = await screen.findByRole('heading', { name: 'Two-factor authentication is on' })
    await waitFor(() => expect(done).toHaveFocus())
    await expectAnnounced('Two-factor authentication is on.')
    await waitFor(() => expect(fact('Backup codes left')).toHaveTextContent('10 of 10'))
    expect(screen.queryByRole('list', { name: 'Backup codes' })).toBeNull()
  })

  it('explains a failed start and keeps the Set up button', async () => {
    twoFactorServer()
    server.use(
      http.get(apiPaths.twoFactorStartSetup, () =>
        apiError(500, 'error', 'A server error occurred.'),
      ),
    )
    const { user } = renderPage()
    await user.click(
      await screen.findByRole('button', { name: 'Set up two-factor authentication' }),
    )
    expect(await screen.findByRole('alert')).toHaveTextContent('Something went wrong on our side')
    expect(screen.getByRole('button', { name: 'Set up two-factor authentication' })).toBeEnabled()
  })

  it('cancels setup back to the status', async () => {
    twoFactorServer()
    const { user } = renderPage()
    await user.click(
      await screen.findByRole('button', { name: 'Set up two-factor authentication' }),
    )
    await user.click(await screen.findByRole('button', { name: 'Cancel setup' }))
    expect(screen.queryByRole('img')).toBeNull()
    await waitFor(() => expect(screen.getByRole('heading', { name: 'Status' })).toHaveFocus())
    await expectAnnounced('Setup cancelled. Two-factor authentication is still off.')
  })

  it('shows the key in groups of four, with a copy button for it and for the setup link', async () => {
    twoFactorServer()
    const { user } = renderPage()
    await user.click(
      await screen.findByRole('button', { name: 'Set up two-factor authentication' }),
    )
    await user.click(await screen.findByText('Can’t scan? Type the key instead'))
    expect(screen.getByText('JBSW Y3DP EHPK 3PXP JBSW Y3DP EHPK 3PXP')).toBeInTheDocument()
    const writeText = vi.spyOn(navigator.clipboard, 'writeText').mockResolvedValue()
    await user.click(screen.getByRole('button', { name: 'Copy key' }))
    expect(writeText).toHaveBeenLastCalledWith(SECRET)
    await expectAnnounced('Copied')
    // The visible "Copied" belongs to the button it follows (the announcement is checked above).
    // eslint-disable-next-line testing-library/no-node-access
    expect(screen.getByRole('button', { name: 'Copy key' }).nextElementSibling).toHaveTextContent(
      'Copied',
    )
    await user.click(screen.getByRole('button', { name: 'Copy setup link' }))
    expect(writeText).toHaveBeenLastCalledWith(
      `otpauth://totp/PostHog%20(localhost):jane%40example.com?secret=${SECRET}&issuer=PostHog%20(localhost)&digits=6`,
    )
  })

  it('says when copying is not possible', async () => {
    twoFactorServer()
    const { user } = renderPage()
    await user.click(
      await screen.findByRole('button', { name: 'Set up two-factor authentication' }),
    )
    vi.spyOn(navigator.clipboard, 'writeText').mockRejectedValue(new Error('denied'))
    await user.click(await screen.findByText('Can’t scan? Type the key instead'))
    await user.click(screen.getByRole('button', { name: 'Copy key' }))
    await expectAnnounced('Couldn’t copy. Select the text and copy it yourself.')
  })
})
