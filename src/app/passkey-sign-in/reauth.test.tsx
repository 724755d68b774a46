import { screen, waitFor } from '@testing-library/react'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import { apiPaths } from '../../config/paths'
import { PasskeySlotsContext } from '../../features/auth/passkey-slots'
import { ReauthSteps } from '../../features/auth/components/reauth-steps'
import * as reauth from '../../lib/reauth'
import { passkeyApiPaths } from '../../config/passkey-paths'
import { getPasskey, PasskeyPromptError } from '../../lib/passkey-ceremony'
import { apiError, http, json, makeUser, server } from '../../testing/msw'
import { renderWithApp } from '../../testing/render'
import { passkeySlots } from '../passkey-slots'
import { assertion, localConfig, passkeyServer, paths, requestOptions } from './testing'

vi.mock('../../lib/passkey-ceremony', async (importOriginal) => ({
  ...(await importOriginal<object>()),
  browserHasPasskeys: () => true,
  getPasskey: vi.fn(),
}))

it('a passkey-2FA user re-authenticates with the password, then "Use a passkey"', async () => {
  vi.mocked(getPasskey).mockResolvedValue(assertion as never)
  const finish = vi.spyOn(reauth, 'finishReauthentication')
  passkeyServer()
  const tokens: unknown[] = []
  server.use(
    http.post(apiPaths.login, () => apiError(401, '2fa_required', '2FA is required.')),
    http.get(paths.methods, () => json({ has_totp: false, has_passkeys: true })),
    http.post(paths.secondFactorBegin, () => json(requestOptions)),
    http.post(apiPaths.loginToken, async ({ request }) => {
      tokens.push(await request.json())
      return json({ success: true })
    }),
  )
  server.use(http.get(passkeyApiPaths.credentials, () => json([])))
  const { user } = renderDialog()
  await user.type(screen.getByLabelText('Password'), 'secret-password')
  await user.click(screen.getByRole('button', { name: 'Confirm' }))
  await user.click(await screen.findByRole('button', { name: 'Use a passkey' }))
  await waitFor(() => expect(finish).toHaveBeenCalledWith(true))
  expect(tokens).toEqual([{ credential_id: assertion.id, response: assertion.response }])
  // The way out stays: Cancel next to the passkey button.
  expect(screen.getByRole('button', { name: 'Cancel' })).toBeInTheDocument()
})

const renderDialog = () =>
  renderWithApp(
    <PasskeySlotsContext value={passkeySlots}>
      <ReauthSteps email="ada@example.com" />
    </PasskeySlotsContext>,
  )

const base64url = (binary: string) =>
  btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '')

/** A user handle as the browser hands it back: the UUID's 16 bytes, base64url. */
const handleOf = (uuid: string) =>
  base64url(
    String.fromCharCode(
      ...(uuid.replace(/-/g, '').match(/../g) ?? []).map((hex) => parseInt(hex, 16)),
    ),
  )

const passkey = (verified: boolean) => ({
  id: 'b1f0c1de-0000-4000-8000-000000000001',
  label: 'Laptop',
  created_at: '2026-11-30T10:00:00Z',
  transports: ['internal'],
  verified,
  authenticator_type: 'platform',
})

const OTHER_UUID = '0190f2c4-7a5b-7c3d-9e1f-123456789abc'

describe('Confirming it’s you with a passkey', () => {
  let finish: ReturnType<typeof vi.spyOn>
  beforeEach(() => {
    finish = vi.spyOn(reauth, 'finishReauthentication')
    finish.mockClear()
  })

  function withPasskeys(list = [passkey(true)], config = localConfig) {
    const completed = passkeyServer(config)
    const calls = { passwords: 0, lists: 0 }
    server.use(
      http.get(passkeyApiPaths.credentials, () => {
        calls.lists++
        return json(list)
      }),
      http.post(apiPaths.login, () => {
        calls.passwords++
        return json({ success: true })
      }),
    )
    return { completed, passwords: () => calls.passwords, lists: () => calls.lists }
  }
  const answerAs = (uuid: string) =>
    vi.mocked(getPasskey).mockResolvedValue({
      ...assertion,
      response: { ...assertion.response, userHandle: handleOf(uuid) },
    } as never)

  it('with a verified passkey: "Use a passkey" alone re-authenticates, no password or code', async () => {
    const { completed, passwords } = withPasskeys()
    answerAs(makeUser().uuid)
    const { user } = renderDialog()
    await user.click(await screen.findByRole('button', { name: 'Use a passkey' }))
    await waitFor(() => expect(finish).toHaveBeenCalledWith(true))
    expect(completed).toHaveLength(1)
    expect(passwords()).toBe(0)
  })

  it('a passkey made with an older PostHog (its handle the integer id) re-authenticates too', async () => {
    const { completed } = withPasskeys()
    vi.mocked(getPasskey).mockResolvedValue({
      ...assertion,
      response: { ...assertion.response, userHandle: base64url(String(makeUser().id)) },
    } as never)
    const { user } = renderDialog()
    await user.click(await screen.findByRole('button', { name: 'Use a passkey' }))
    await waitFor(() => expect(finish).toHaveBeenCalledWith(true))
    expect(completed).toHaveLength(1)
  })

  it('another account’s passkey is refused before it is sent, and nothing changes', async () => {
    const { completed } = withPasskeys()
    answerAs(OTHER_UUID)
    const { user } = renderDialog()
    await user.click(await screen.findByRole('button', { name: 'Use a passkey' }))
    expect(
      await screen.findByText(
        "That passkey isn't one of this account's. Use a passkey saved for this account.",
      ),
    ).toBeInTheDocument()
    expect(completed).toEqual([])
    expect(finish).not.toHaveBeenCalled()
    // The password is still there to use.
    expect(screen.getByLabelText('Password')).toBeInTheDocument()
  })

  it('a cancelled prompt says nothing changed; the dialog stays open', async () => {
    const { completed } = withPasskeys()
    vi.mocked(getPasskey).mockRejectedValue(new PasskeyPromptError('cancelled'))
    const { user } = renderDialog()
    await user.click(await screen.findByRole('button', { name: 'Use a passkey' }))
    expect(
      await screen.findByText(
        "The passkey check was cancelled and nothing changed. Try again when you're ready.",
      ),
    ).toBeInTheDocument()
    expect(completed).toEqual([])
    expect(finish).not.toHaveBeenCalled()
  })

  it('only unverified passkeys: the password alone', async () => {
    const { lists } = withPasskeys([passkey(false)])
    renderDialog()
    await waitFor(() => expect(lists()).toBe(1))
    expect(screen.getByLabelText('Password')).toBeInTheDocument()
    expect(screen.queryByRole('button', { name: 'Use a passkey' })).toBeNull()
  })

  it('behind the proxy: no passkey button, and the passkeys are not even asked for', async () => {
    const { lists } = withPasskeys([passkey(true)], {
      ...localConfig,
      mode: 'proxy',
      passkeys_url: 'https://us.posthog.com/settings/user',
    })
    renderDialog()
    expect(await screen.findByLabelText('Password')).toBeInTheDocument()
    await new Promise((resolve) => setTimeout(resolve, 50))
    expect(screen.queryByRole('button', { name: 'Use a passkey' })).toBeNull()
    expect(lists()).toBe(0)
  })
})
