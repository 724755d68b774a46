import { screen, waitFor } from '@testing-library/react'
import { expect, it, vi } from 'vitest'
import { apiPaths } from '../../config/paths'
import { PasskeySlotsContext } from '../../features/auth/passkey-slots'
import { ReauthSteps } from '../../features/auth/components/reauth-steps'
import * as reauth from '../../lib/reauth'
import { getPasskey } from '../../lib/passkey-ceremony'
import { apiError, http, json, server } from '../../testing/msw'
import { renderWithApp } from '../../testing/render'
import { passkeySlots } from '../passkey-slots'
import { assertion, passkeyServer, paths, requestOptions } from './testing'

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
  const { user } = renderWithApp(
    <PasskeySlotsContext value={passkeySlots}>
      <ReauthSteps email="ada@example.com" />
    </PasskeySlotsContext>,
  )
  await user.type(screen.getByLabelText('Password'), 'secret-password')
  await user.click(screen.getByRole('button', { name: 'Confirm' }))
  await user.click(await screen.findByRole('button', { name: 'Use a passkey' }))
  await waitFor(() => expect(finish).toHaveBeenCalledWith(true))
  expect(tokens).toEqual([{ credential_id: assertion.id, response: assertion.response }])
  // The way out stays: Cancel next to the passkey button.
  expect(screen.getByRole('button', { name: 'Cancel' })).toBeInTheDocument()
})
