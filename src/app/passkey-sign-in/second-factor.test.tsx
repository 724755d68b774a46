import { screen, waitFor } from '@testing-library/react'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import { apiPaths } from '../../config/paths'
import { getPasskey, PasskeyPromptError } from '../../lib/passkey-ceremony'
import { apiError, countCalls, http, json, server } from '../../testing/msw'
import {
  assertion,
  localConfig,
  passkeyServer,
  paths,
  renderSignIn,
  requestOptions,
} from './testing'

vi.mock('../../lib/passkey-ceremony', async (importOriginal) => ({
  ...(await importOriginal<object>()),
  browserHasPasskeys: () => true,
  getPasskey: vi.fn(),
}))

const prompt = vi.mocked(getPasskey)

beforeEach(() => {
  // The sign-in page's autofill waits for ever; "Use a passkey" answers at once.
  prompt
    .mockReset()
    .mockImplementation((_options, { autofill = false } = {}) =>
      autofill ? new Promise(() => {}) : Promise.resolve(assertion as never),
    )
})

/** The password step asks for a second factor; the account's methods are `methods`. */
function secondFactorServer(methods: () => Response, config = localConfig) {
  passkeyServer(config)
  const tokens: unknown[] = []
  server.use(
    http.post(apiPaths.login, () => apiError(401, '2fa_required', '2FA is required.')),
    http.get(paths.methods, methods),
    http.post(paths.secondFactorBegin, () => json(requestOptions)),
    http.post(apiPaths.loginToken, async ({ request }) => {
      tokens.push(await request.json())
      return json({ success: true })
    }),
  )
  return tokens
}

const passkeyOnly = () => json({ has_totp: false, has_passkeys: true })

async function toSecondStep() {
  const app = renderSignIn()
  await app.user.type(screen.getByLabelText('Email'), 'ada@example.com')
  await app.user.type(screen.getByLabelText('Password'), 'secret-password')
  await app.user.click(screen.getByRole('button', { name: 'Sign in' }))
  await screen.findByRole('heading', { level: 1, name: 'Two-factor authentication' })
  return app
}

const usePasskey = () => screen.findByRole('button', { name: 'Use a passkey' })
const codeField = () => screen.queryByLabelText('Authenticator or backup code')

describe('A passkey as the second factor', () => {
  it('passkey only: no code form, "Use a passkey" finishes the sign-in', async () => {
    const tokens = secondFactorServer(passkeyOnly)
    const { user } = await toSecondStep()
    expect(
      await screen.findByText(
        "Your account's second factor is a passkey. Use it to finish signing in.",
      ),
    ).toBeInTheDocument()
    expect(codeField()).toBeNull()
    expect(screen.getByRole('button', { name: 'Use a different account' })).toBeInTheDocument()
    await user.click(await usePasskey())
    expect(await screen.findByText('profile page')).toBeInTheDocument()
    expect(tokens).toEqual([{ credential_id: assertion.id, response: assertion.response }])
  })

  it('with an authenticator app too: the code form and "Use a passkey"', async () => {
    const tokens = secondFactorServer(() => json({ has_totp: true, has_passkeys: true }))
    const { user } = await toSecondStep()
    expect(await usePasskey()).toBeInTheDocument()
    expect(codeField()).toBeInTheDocument()
    await user.type(codeField()!, '123456')
    expect(await screen.findByText('profile page')).toBeInTheDocument()
    expect(tokens).toEqual([{ token: '123456' }])
  })

  it('an authenticator app only: the code form alone', async () => {
    secondFactorServer(() => json({ has_totp: true, has_passkeys: false }))
    await toSecondStep()
    await waitFor(() => expect(codeField()).toBeInTheDocument())
    expect(screen.queryByRole('button', { name: 'Use a passkey' })).toBeNull()
  })

  it('when the methods cannot be read, the code form (as PostHog)', async () => {
    secondFactorServer(() => json({ error: 'No pending 2FA session. Please log in first.' }, 400))
    await toSecondStep()
    await waitFor(() => expect(codeField()).toBeInTheDocument())
    expect(screen.queryByRole('button', { name: 'Use a passkey' })).toBeNull()
  })

  it('an expired sign-in goes back to the password with the reason', async () => {
    secondFactorServer(passkeyOnly)
    server.use(
      http.post(apiPaths.loginToken, () =>
        apiError(400, '2fa_expired', 'Login attempt has expired. Re-enter username/password.'),
      ),
    )
    const { user } = await toSecondStep()
    await user.click(await usePasskey())
    expect(
      await screen.findByText('That sign-in took too long. Enter your email and password again.'),
    ).toBeInTheDocument()
    expect(screen.getByLabelText('Password')).toBeInTheDocument()
  })

  it.each([
    [
      '2fa_invalid_passkey',
      'Invalid passkey.',
      "That passkey isn't one of this account's. Use a passkey saved for this account.",
    ],
    [
      '2fa_passkey_failed',
      'Passkey verification failed. Please try again.',
      "Your passkey couldn't be verified. Try again.",
    ],
    [
      '2fa_no_challenge',
      'No 2FA challenge found. Please start 2FA again.',
      "The passkey check didn't start properly. Try again.",
    ],
  ])('explains %s and stays', async (code, detail, shown) => {
    secondFactorServer(passkeyOnly)
    server.use(http.post(apiPaths.loginToken, () => apiError(400, code, detail)))
    const { user } = await toSecondStep()
    await user.click(await usePasskey())
    expect(await screen.findByRole('alert')).toHaveTextContent(shown)
    expect(screen.getByRole('button', { name: 'Use a passkey' })).toBeInTheDocument()
  })

  it("explains begin's refusal when passkeys stopped being a second factor", async () => {
    secondFactorServer(passkeyOnly)
    server.use(
      http.post(paths.secondFactorBegin, () =>
        json(
          { error: 'Passkeys are not enabled for 2FA. Please enable them in your settings.' },
          400,
        ),
      ),
    )
    const { user } = await toSecondStep()
    await user.click(await usePasskey())
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Passkeys are no longer a second factor for this account. Go back and sign in again.',
    )
  })

  it('a closed prompt changes nothing and says so', async () => {
    const tokens = secondFactorServer(passkeyOnly)
    prompt.mockImplementation(() => Promise.reject(new PasskeyPromptError('cancelled')))
    const { user } = await toSecondStep()
    await user.click(await usePasskey())
    expect(await screen.findByRole('alert')).toHaveTextContent(
      "The passkey check was cancelled and nothing changed. Try again when you're ready.",
    )
    expect(tokens).toEqual([])
  })

  it('sends one token for a double click', async () => {
    secondFactorServer(passkeyOnly)
    const sent = countCalls('post', apiPaths.loginToken, () => json({ success: true }))
    const { user } = await toSecondStep()
    await user.dblClick(await usePasskey())
    expect(await screen.findByText('profile page')).toBeInTheDocument()
    expect(sent.count).toBe(1)
  })

  it("behind the proxy, a passkey-only account is sent to PostHog's site", async () => {
    secondFactorServer(passkeyOnly, {
      mode: 'proxy',
      organization_settings_url: null,
      passkeys_url: 'https://us.posthog.com/settings/user-passkeys',
    })
    await toSecondStep()
    expect(
      await screen.findByText(/it works only on PostHog's own site, not here/),
    ).toBeInTheDocument()
    expect(screen.getByRole('link', { name: "Sign in on PostHog's site" })).toHaveAttribute(
      'href',
      'https://us.posthog.com/settings/user-passkeys',
    )
    expect(screen.getByRole('button', { name: 'Use a different account' })).toBeInTheDocument()
    expect(screen.queryByRole('button', { name: 'Use a passkey' })).toBeNull()
    expect(codeField()).toBeNull()
  })

  it('behind the proxy with an authenticator app too: the code form only', async () => {
    secondFactorServer(() => json({ has_totp: true, has_passkeys: true }), {
      mode: 'proxy',
      organization_settings_url: null,
      passkeys_url: null,
    })
    await toSecondStep()
    await waitFor(() => expect(codeField()).toBeInTheDocument())
    expect(screen.queryByRole('button', { name: 'Use a passkey' })).toBeNull()
  })
})
