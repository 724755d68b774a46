import * as z from 'zod/mini'

// drf-exceptions-hog maps every DRF exception to one of these (exceptions_hog/handler.py).
export const ERROR_TYPES = [
  'validation_error',
  'authentication_error',
  'invalid_request',
  'throttled_error',
  'server_error',
] as const
export const errorTypeSchema = z.enum(ERROR_TYPES)
export type ErrorType = z.infer<typeof errorTypeSchema>

// Only the first error is reported (SUPPORT_MULTIPLE_EXCEPTIONS off); attr joins nested fields
// with "__" and is null for non-field errors.
export const errorEnvelopeSchema = z.object({
  type: errorTypeSchema,
  code: z.string(),
  detail: z.string(),
  attr: z.nullable(z.string()),
  extra: z.optional(z.nullable(z.record(z.string(), z.unknown()))),
})
export type ErrorEnvelope = z.infer<typeof errorEnvelopeSchema>

// Codes documented for /api/users/…, /api/login… and the DRF defaults they sit on. `code` stays a
// plain string in the envelope: PostHog adds codes over time and a client must not break on them.
export const ERROR_CODES = [
  // DRF / exceptions-hog generic ("invalid" is renamed "invalid_input")
  'invalid_input',
  'required',
  'null',
  'blank',
  'max_length',
  'invalid_choice',
  'unique',
  'does_not_exist',
  'parse_error',
  'unsupported_media_type',
  'request_too_large',
  'null_characters_not_allowed',
  'not_a_dict',
  'incorrect_type',
  'not_authenticated',
  'authentication_failed',
  'permission_denied',
  'not_found',
  'method_not_allowed',
  'throttled',
  'conflict',
  'error',
  // session and 2FA gates
  'sensitive_action_required_reauth',
  'two_factor_setup_required',
  'two_factor_verification_required',
  'impersonation_read_only',
  'access_blocked',
  // user PATCH
  'incorrect_password',
  'password_too_weak',
  'verified_domain_required',
  'no_passkeys',
  'sso_enforced_current_email',
  'sso_enforced_new_email',
  // 2FA setup and backup codes
  'setup_expired',
  'token_invalid',
  '2fa_not_enabled',
  // email verification
  'invalid_code',
  'too_many_attempts',
  'email_taken',
  'email_not_available',
  'already_verified',
  'email_change_request_not_found',
  'invalid_token',
  // login
  'invalid_credentials',
  'sso_enforced',
  'not_verified',
  '2fa_required',
  'code_based_verification_required',
  'too_many_failed_attempts',
  // login/token
  'invalid_2fa_session',
  '2fa_expired',
  '2fa_missing_credentials',
  '2fa_too_many_attempts',
  '2fa_invalid',
  '2fa_no_challenge',
  '2fa_invalid_passkey',
  '2fa_passkey_failed',
  // login/code-based-verification
  'no_pending_verification',
  'user_not_found',
  'code_based_verification_email_failed',
  // personal API keys (DRF ListField)
  'not_a_list',
  'empty',
  'max_string_length',
  // this app's server in proxy mode, when PostHog does not answer (server/proxy/forwarder.ts)
  'upstream_unavailable',
  'upstream_timeout',
] as const
export type KnownErrorCode = (typeof ERROR_CODES)[number]

// Pure: the app never asks, so the list stays out of its bundle (only the server checks codes).
const knownCodes: ReadonlySet<string> = /* @__PURE__ */ new Set(ERROR_CODES)
export function isKnownErrorCode(code: string): code is KnownErrorCode {
  return knownCodes.has(code)
}
