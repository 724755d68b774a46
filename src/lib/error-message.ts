import type { KnownErrorCode } from '../../contract/errors'
import { ApiError, ContractError, NetworkError } from './api-error'
import { commonStrings } from './strings'

/** A feature's own sentences, per error code the contract knows (a typo is a type error). */
export type ErrorMessages = Partial<Record<KnownErrorCode, string>>

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
  if (error instanceof NetworkError) return commonStrings.offline
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
