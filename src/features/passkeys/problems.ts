import { ApiError } from '../../lib/api-error'
import { errorMessage } from '../../lib/error-message'
import { isPasskeyPromptError } from '../../lib/passkey-ceremony'
import { passkeysStrings as s } from './strings'

/**
 * Why adding or verifying a passkey did not finish, in plain words: the browser's prompt
 * (closed, a passkey this device already holds, no WebAuthn, refused), or the server (PostHog's
 * WebAuthn views answer a bare {"error"} in English, which arrives as code 'error').
 */
export function passkeyProblem(error: unknown, step: 'add' | 'verify'): string {
  if (isPasskeyPromptError(error)) {
    switch (error.reason) {
      case 'cancelled':
      case 'superseded':
        return step === 'add' ? s.cancelled : s.verifyCancelled
      case 'known':
        return s.known
      case 'unsupported':
        return s.unsupported
      default:
        return s.promptFailed
    }
  }
  if (error instanceof ApiError && error.code === 'error') {
    if (error.status === 404) return s.gone
    if (error.status === 400) return step === 'add' ? s.registrationRefused : s.verifyRefused
  }
  return errorMessage(error, s.errors)
}

/** A bare 404 {"error": "Credential not found."}: the passkey was deleted elsewhere. */
export const isGone = (error: unknown) =>
  error instanceof ApiError && error.code === 'error' && error.status === 404
