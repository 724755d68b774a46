import { isApiError } from '../../lib/api-error'
import type { ErrorMessages } from '../../lib/error-message'
import { authStrings } from './strings'

/** The sign-in page's sentence per code, with the wait PostHog gave when it answered 429. */
export function signInErrors(error: unknown): ErrorMessages {
  return isApiError(error) && error.status === 429
    ? { ...authStrings.errors, throttled: authStrings.throttled(error.retryAfter) }
    : authStrings.errors
}
