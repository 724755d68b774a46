import { screen, waitFor } from '@testing-library/react'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import { apiPaths } from '../../config/paths'
import { browserHasPasskeys, PasskeyPromptError } from '../../lib/passkey-ceremony'
import { apiError, countCalls, http, json, server } from '../../testing/msw'
import {
  assertion,
  fakePrompts,
  passkeyButton,
  passkeyServer,
  paths,
  renderSignIn,
} from './testing'

vi.mock('../../lib/passkey-ceremony', async (importOriginal) => ({
  ...(await importOriginal<object>()),
  browserHasPasskeys: vi.fn(() => true),
  getPasskey: vi.fn(),
}))

beforeEach(() => {
  vi.mocked(browserHasPasskeys).mockReturnValue(true)
})

const refusedWith = (error: string, status = 400) =>
  server.use(http.post(paths.loginComplete, () => json({ error }, status)))

describe('Sign in with a passkey', () => {
  it('signs in with the passkey alone: no password, no second factor', async () => {
    const bodies = passkeyServer()
    const prompts = fakePrompts()
    const passwordSignIns = countCalls('post', apiPaths.login, () => json({ success: true }))
    const { user } = renderSignIn()
    await user.click(await passkeyButton())
    expect(await screen.findByText('profile page')).toBeInTheDocument()
    expect(bodies).toEqual([assertion])
    expect(prompts.button).toBe(1)
    expect(passwordSignIns.count).toBe(0)
  })

  it('offers the passkeys in the email field: a pick there signs in', async () => {
    passkeyServer()
    const prompts = fakePrompts()
    renderSignIn()
    expect(screen.getByLabelText('Email')).toHaveAttribute('autocomplete', 'username webauthn')
    await waitFor(() => expect(prompts.autofill).toBeGreaterThan(0))
    prompts.pick()
    expect(await screen.findByText('profile page')).toBeInTheDocument()
  })

  it('says a closed prompt changed nothing, keeps the page and waits in the email field again', async () => {
    passkeyServer()
    const prompts = fakePrompts(() => Promise.reject(new PasskeyPromptError('cancelled')))
    const { user } = renderSignIn()
    await waitFor(() => expect(prompts.autofill).toBeGreaterThan(0))
    const before = prompts.autofill
    await user.click(await passkeyButton())
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Passkey sign-in was cancelled and nothing changed. Try again, or use your password.',
    )
    await waitFor(() => expect(prompts.autofill).toBeGreaterThan(before))
    expect(screen.getByRole('button', { name: 'Sign in with a passkey' })).toBeInTheDocument()
    expect(screen.queryByText('profile page')).not.toBeInTheDocument()
  })

  it.each([
    [
      'Authentication failed. Please check your passkey and try again.',
      "That passkey wasn't accepted. It may have been removed from your account: try another passkey, or use your password.",
    ],
    [
      'No login challenge found. Please start login again.',
      'The passkey sign-in took too long to finish. Try again.',
    ],
    [
      'You can only login with SSO for this account.',
      'This account signs in with single sign-on (SSO) only, not with a passkey.',
    ],
    ['Login failed', 'Login failed'],
  ])('explains PostHog refusing the passkey (%s)', async (posthog, shown) => {
    passkeyServer()
    fakePrompts()
    refusedWith(posthog)
    const { user } = renderSignIn()
    await user.click(await passkeyButton())
    expect(await screen.findByRole('alert')).toHaveTextContent(shown)
    expect(screen.queryByText('profile page')).not.toBeInTheDocument()
  })

  it('explains a locked account (the lockout 403)', async () => {
    passkeyServer()
    fakePrompts()
    server.use(
      http.post(paths.loginComplete, () =>
        apiError(403, 'too_many_failed_attempts', 'Too many failed login attempts.'),
      ),
    )
    const { user } = renderSignIn()
    await user.click(await passkeyButton())
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Too many failed attempts: this account is locked for 10 minutes. Try again after that.',
    )
  })

  it('explains a refused autofill pick, and offers the autofill again', async () => {
    passkeyServer()
    const prompts = fakePrompts()
    refusedWith('Authentication failed. Please check your passkey and try again.')
    renderSignIn()
    await waitFor(() => expect(prompts.autofill).toBeGreaterThan(0))
    const before = prompts.autofill
    prompts.pick()
    expect(await screen.findByRole('alert')).toHaveTextContent("That passkey wasn't accepted.")
    await waitFor(() => expect(prompts.autofill).toBeGreaterThan(before))
  })

  it('sends one sign-in for a double click', async () => {
    passkeyServer()
    fakePrompts()
    const completes = countCalls('post', paths.loginComplete, () => json({ success: true }))
    const { user } = renderSignIn()
    await user.dblClick(await passkeyButton())
    expect(await screen.findByText('profile page')).toBeInTheDocument()
    expect(completes.count).toBe(1)
  })

  it.each([
    ['behind the proxy', { mode: 'proxy', organization_settings_url: null, passkeys_url: null }],
    ['without the app config', null],
  ] as const)('offers no passkey %s', async (_name, config) => {
    passkeyServer(config)
    const prompts = fakePrompts()
    renderSignIn()
    // The password form is there, and stays alone once the config has answered.
    expect(await screen.findByRole('button', { name: 'Sign in' })).toBeInTheDocument()
    await waitFor(() => expect(screen.queryByRole('button', { name: /passkey/ })).toBeNull())
    expect(prompts.autofill + prompts.button).toBe(0)
  })

  it('offers no passkey in a browser without WebAuthn', async () => {
    vi.mocked(browserHasPasskeys).mockReturnValue(false)
    passkeyServer()
    const prompts = fakePrompts()
    renderSignIn()
    expect(await screen.findByRole('button', { name: 'Sign in' })).toBeInTheDocument()
    await waitFor(() => expect(screen.queryByRole('button', { name: /passkey/ })).toBeNull())
    expect(prompts.autofill).toBe(0)
  })
})
