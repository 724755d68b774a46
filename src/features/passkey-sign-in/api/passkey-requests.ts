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

/** A passkey picked in the re-auth dialog that belongs to another account (its user handle). */
export class OtherAccountPasskey extends Error {
  constructor() {
    super('The passkey belongs to another account')
    this.name = 'OtherAccountPasskey'
  }
}

/** The bytes of a base64url user handle; null when it is not base64url. */
function handleBytes(userHandle: string): number[] | null {
  try {
    const base64 = userHandle.replace(/-/g, '+').replace(/_/g, '/')
    const padded = base64.padEnd(Math.ceil(base64.length / 4) * 4, '=')
    return Array.from(atob(padded), (ch) => ch.charCodeAt(0))
  } catch {
    return null
  }
}

/**
 * Whether a passkey's user handle names `user`: the UUID's 16 bytes (newest PostHog), or the
 * ASCII digits of the integer id (passkeys registered with an older one, contract §1.3).
 */
function handleNames(userHandle: string | undefined, user: { uuid: string; id: number }) {
  const bytes = userHandle ? handleBytes(userHandle) : null
  if (!bytes) return false
  const hex = bytes.map((byte) => byte.toString(16).padStart(2, '0')).join('')
  const text = String.fromCharCode(...bytes)
  return hex === user.uuid.replace(/-/g, '').toLowerCase() || text === String(user.id)
}

/**
 * Confirm it's you with a passkey (PostHog's re-auth modal: a passkey login while signed in).
 * The login would switch the session to whoever owns the passkey, so one of another account's,
 * picked on a shared computer, is refused here before the server sees it.
 */
export async function reauthenticateWithPasskey(user: { uuid: string; id: number }) {
  const options = await beginPasskeyLogin()
  const assertion = await getPasskey(options)
  if (!handleNames(assertion.response.userHandle, user)) throw new OtherAccountPasskey()
  return completePasskeyLogin(assertion)
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
