import type { KnownErrorCode } from '../../contract/errors'
import { ApiError, ContractError, NetworkError } from './api-error'
import { commonStrings } from './strings'

/** A feature's own sentences, per error code the contract knows (a typo is a type error). */
export type ErrorMessages = Partial<Record<KnownErrorCode, string>>

// How each browser words an import() whose file never arrived: Chromium "Failed to fetch
// dynamically imported module: …", Firefox "error loading dynamically imported module: …", Safari
// "Importing a module script failed."; Vite's preload helper "Unable to preload CSS for …".
const MODULE_LOAD_FAILURE =
  /dynamically imported module|importing a module script failed|unable to preload css/i

/**
 * A lazy chunk (a page's code or a catalogue) that never arrived: the network or the app's server
 * is down, or a deploy replaced the file. Not an error thrown by the module's own code.
 */
export function isModuleLoadFailure(error: unknown): boolean {
  return error instanceof Error && MODULE_LOAD_FAILURE.test(error.message)
}

/** No answer came at all (the API's request or a lazy chunk's): the server can't be reached. */
export function isUnreachable(error: unknown): boolean {
  return error instanceof NetworkError || isModuleLoadFailure(error)
}

/**
 * The sentence to show for any failure. Features pass their own messages per error code;
 * anything else falls back to the server's detail or a generic line.
 */
export function errorMessage(
  error: unknown,
  byCode: ErrorMessages = {},
  action: 'save' | 'load' = 'save',
): string {
  const serverError =
    action === 'load' ? commonStrings.serverErrorOnRead : commonStrings.serverError
  if (isUnreachable(error)) return commonStrings.offline
  if (error instanceof ContractError) return commonStrings.unexpected
  if (error instanceof ApiError) {
    const own = byCode[error.code as KnownErrorCode]
    if (own) return own
    if (error.code === 'upstream_unavailable')
      return action === 'load'
        ? commonStrings.upstreamUnavailableOnRead
        : commonStrings.upstreamUnavailable
    if (error.code === 'upstream_timeout')
      return action === 'load' ? commonStrings.upstreamTimeoutOnRead : commonStrings.upstreamTimeout
    if (error.status === 429) return commonStrings.throttled(error.retryAfter)
    if (error.status >= 500) return serverError
    // 4xx: PostHog's own sentence, e.g. "This action does not support Personal API Key access".
    return error.detail
  }
  return serverError
}
