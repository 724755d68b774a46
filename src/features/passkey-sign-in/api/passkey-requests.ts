import * as z from 'zod/mini'
import { successResponseSchema } from '../../../../contract/auth'
import { passkeyRequestOptionsSchema } from '../../../../contract/passkeys'
import { apiPaths } from '../../../config/paths'
import { apiRequest } from '../../../lib/api-client'
import { getPasskey } from '../../../lib/passkey-ceremony'

/**
 * PostHog's passkey sign-in endpoints (contract auth §1.4, §1.7). Here rather than in apiPaths:
 * only this lazy chunk asks for them, and paths.ts is in the first page's (ADR 0015).
 */
export const passkeySignInPaths = {
  loginBegin: '/api/webauthn/login/begin/',
  loginComplete: '/api/webauthn/login/complete/',
  methods: '/api/login/2fa/passkey/methods/',
  secondFactorBegin: '/api/login/2fa/passkey/begin/',
} as const

/** GET /api/login/2fa/passkey/methods/ (auth §1.4). */
const methodsSchema = z.object({ has_totp: z.boolean(), has_passkeys: z.boolean() })
export type SecondFactorMethods = z.infer<typeof methodsSchema>

export const fetchMethods = (signal?: AbortSignal) =>
  apiRequest(passkeySignInPaths.methods, { schema: methodsSchema, signal })

/** A discoverable-credential ceremony's options (any passkey this site's authenticators hold). */
export const beginPasskeyLogin = () =>
  apiRequest(passkeySignInPaths.loginBegin, { method: 'POST', schema: passkeyRequestOptionsSchema })

export const completePasskeyLogin = (assertion: unknown) =>
  apiRequest(passkeySignInPaths.loginComplete, {
    method: 'POST',
    body: assertion,
    schema: successResponseSchema,
  })

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
