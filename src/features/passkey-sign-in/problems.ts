import { ApiError } from '../../lib/api-error'
import { errorMessage } from '../../lib/error-message'
import { isPasskeyPromptError } from '../../lib/passkey-ceremony'
import { OtherAccountPasskey } from './api/passkey-requests'
import { passkeySignInStrings as s } from './strings'

/**
 * PostHog's WebAuthn views answer a bare {"error": "<English sentence>"} (code 'error' here,
 * src/lib/api-error.ts): the sentences this app knows get its own translated words.
 */
const BARE_SIGN_IN: [RegExp, () => string][] = [
  [/^Authentication failed/, () => s.notAccepted],
  [/^No login challenge/, () => s.challengeLost],
  [/^No userHandle/, () => s.notForThisSite],
  [/only login with SSO/, () => s.ssoOnly],
  [/awaiting verification/, () => s.awaitingVerification],
]

const BARE_SECOND_FACTOR: [RegExp, () => string][] = [
  [/^No pending 2FA session|^User not found/, () => s.sessionLost],
  [/^No passkeys found|^Passkeys are not enabled/, () => s.passkeysOff],
]

function promptProblem(error: unknown, cancelled: string): string | null | undefined {
  if (!isPasskeyPromptError(error)) return undefined
  switch (error.reason) {
    case 'superseded':
      return null
    case 'cancelled':
      return cancelled
    case 'unsupported':
      return s.unsupported
    default:
      return s.promptFailed
  }
}

const bare = (error: unknown, sentences: [RegExp, () => string][]) =>
  error instanceof ApiError && error.code === 'error'
    ? sentences.find(([pattern]) => pattern.test(error.detail))?.[1]()
    : undefined

/** Why signing in with a passkey did not finish; null when there is nothing to tell. */
export function signInProblem(error: unknown): string | null {
  const prompt = promptProblem(error, s.signInCancelled)
  if (prompt !== undefined) return prompt
  return (
    bare(error, BARE_SIGN_IN) ??
    errorMessage(error, {
      not_verified: s.awaitingVerification,
      sso_enforced: s.ssoOnly,
      too_many_failed_attempts: s.lockedOut,
    })
  )
}

/** Why the passkey second factor did not finish (after `onRestart` had its say). */
export function secondFactorProblem(error: unknown): string | null {
  const prompt = promptProblem(error, s.secondFactorCancelled)
  if (prompt !== undefined) return prompt
  return (
    bare(error, BARE_SECOND_FACTOR) ??
    errorMessage(error, {
      '2fa_invalid_passkey': s.invalidPasskey,
      '2fa_passkey_failed': s.passkeyFailed,
      '2fa_no_challenge': s.noChallenge,
    })
  )
}

/** Why confirming it's you with a passkey (the re-auth dialog) did not finish. */
export function reauthProblem(error: unknown): string | null {
  if (error instanceof OtherAccountPasskey) return s.invalidPasskey
  const prompt = promptProblem(error, s.secondFactorCancelled)
  if (prompt !== undefined) return prompt
  return signInProblem(error)
}
