import type { ErrorEnvelope, ErrorType, KnownErrorCode } from '../../contract/errors'

/**
 * PostHog's error envelope (drf-exceptions-hog, `errorEnvelopeSchema` in contract/errors.ts):
 * {type, code, detail, attr}. Only the first error is reported; `attr` names the field or is
 * null. Every code the server emits is one of the contract's `ERROR_CODES`.
 */

export class HttpError extends Error {
  constructor(
    readonly status: number,
    readonly type: ErrorType,
    readonly code: KnownErrorCode,
    readonly detail: string,
    readonly attr: string | null = null,
    readonly headers: Record<string, string> = {},
  ) {
    super(detail)
  }

  body() {
    return {
      type: this.type,
      code: this.code,
      detail: this.detail,
      attr: this.attr,
    } satisfies ErrorEnvelope
  }
}

export const validationError = (code: KnownErrorCode, detail: string, attr: string | null = null) =>
  new HttpError(400, 'validation_error', code, detail, attr)

export const requiredField = (attr: string) =>
  validationError('required', 'This field is required.', attr)

export const notAuthenticated = () =>
  new HttpError(
    401,
    'authentication_error',
    'not_authenticated',
    'Authentication credentials were not provided.',
    null,
    {
      'WWW-Authenticate': 'Session',
    },
  )

export const authenticationFailed = (detail: string) =>
  new HttpError(401, 'authentication_error', 'authentication_failed', detail)

export const permissionDenied = (detail = 'You do not have permission to perform this action.') =>
  new HttpError(403, 'authentication_error', 'permission_denied', detail)

export const reauthRequired = (detail = 'This action requires you to be recently authenticated.') =>
  new HttpError(403, 'authentication_error', 'sensitive_action_required_reauth', detail)

export const notFound = (detail = 'Not found.') =>
  new HttpError(404, 'invalid_request', 'not_found', detail)

/** DRF's finalize_response names the view's methods in `Allow` on every answer, a 405 too. */
export const methodNotAllowed = (method: string, allowed: readonly string[]) =>
  new HttpError(
    405,
    'invalid_request',
    'method_not_allowed',
    `Method "${method}" not allowed.`,
    null,
    { Allow: allowHeader(allowed) },
  )

export const allowHeader = (allowed: readonly string[]) => allowed.join(', ')

/** The unread rest of the body makes the connection unusable, so the client is told not to reuse it. */
export const requestTooLarge = (maxBytes: number) =>
  new HttpError(
    413,
    'invalid_request',
    'request_too_large',
    `Request body is larger than ${maxBytes / 1024 / 1024} MB.`,
    null,
    {
      Connection: 'close',
    },
  )

export const conflict = (detail: string) => new HttpError(409, 'server_error', 'conflict', detail)

export const throttled = (waitSeconds: number) => {
  const wait = Math.max(1, Math.ceil(waitSeconds))
  return new HttpError(
    429,
    'throttled_error',
    'throttled',
    `Request was throttled. Expected available in ${wait} second${wait === 1 ? '' : 's'}.`,
    null,
    { 'Retry-After': String(wait) },
  )
}

export const serverError = () =>
  new HttpError(500, 'server_error', 'error', 'A server error occurred.')
