import { successResponseSchema } from '../../../../contract/auth'
import {
  passkeyRequestOptionsSchema,
  secondFactorMethodsSchema,
} from '../../../../contract/passkeys'
import { apiPaths } from '../../../config/paths'
import { passkeySignInPaths } from '../../../config/passkey-sign-in-paths'
import { apiRequest } from '../../../lib/api-client'
import { inSignInQueue } from '../../../lib/sign-in-queue'
import { getPasskey } from '../../../lib/passkey-ceremony'

export const fetchMethods = (signal?: AbortSignal) =>
  apiRequest(passkeySignInPaths.methods, { schema: secondFactorMethodsSchema, signal })

/** A discoverable-credential ceremony's options (any passkey this site's authenticators hold). */
// Both may set the session cookie: queued with the password's sign-in (src/lib/sign-in-queue.ts).
export const beginPasskeyLogin = () =>
  inSignInQueue(() =>
    apiRequest(passkeySignInPaths.loginBegin, {
      method: 'POST',
      schema: passkeyRequestOptionsSchema,
    }),
  )

export const completePasskeyLogin = (assertion: unknown) =>
  inSignInQueue(() =>
    apiRequest(passkeySignInPaths.loginComplete, {
      method: 'POST',
      body: assertion,
      schema: successResponseSchema,
    }),
  )

/** Sign in with a passkey: the button's prompt, or with `autofill` the email field's. */
export async function signInWithPasskey({ autofill = false } = {}) {
  const options = await beginPasskeyLogin()
  return completePasskeyLogin(await getPasskey(options, { autofill }))
}

/** The pending sign-in's second factor: begin, the prompt, then /api/login/token (§2.4). */
export async function verifyWithPasskey() {
  const options = await apiRequest(passkeySignInPaths.secondFactorBegin, {
    method: 'POST',
    schema: passkeyRequestOptionsSchema,
  })
  const assertion = await getPasskey(options)
  return apiRequest(apiPaths.loginToken, {
    method: 'POST',
    body: { credential_id: assertion.id, response: assertion.response },
    schema: successResponseSchema,
  })
}
