import * as z from 'zod/mini'
import { drfChar, drfField, refuse, refuseRequired } from './drf'
import { isEmailAddress } from './email'

// PostHog's password reset (../shared/contract/posthog-auth-api.md §1.9; posthog/api/authentication.py,
// PasswordResetViewSet and PasswordResetCompleteViewSet). All three calls are anonymous (AllowAny).
//
// POST /api/reset/ {email}               → 204, empty, whatever the address (6 a day per address)
// GET  /api/reset/<uuid>/?token=…        → newest 200 with an empty body; older 204
// POST /api/reset/<uuid>/ {token, password}
//                                        → newest 200 {success: true, email}: every session of
//                                          the user is revoked and nobody is signed in;
//                                          older 204, and the caller is signed in.
// Errors: `required` (attr token / email / password), `invalid_token` (attr token), the password
// validators (attr password: `invalid_input` too short, `password_too_weak`), `sso_enforced`,
// `email_not_available`, 429 `throttled`.

/** PASSWORD_RESET_TIMEOUT: a link works for one day from when it was made. */
export const PASSWORD_RESET_TIMEOUT_SEC = 86_400

/** The page the mail links to (PostHog's `/reset/<user uuid>/<token>`). */
export const passwordResetLinkPath = (uuid: string, token: string) =>
  `/reset/${encodeURIComponent(uuid)}/${encodeURIComponent(token)}`

export const INVALID_RESET_TOKEN_MESSAGE = 'This reset token is invalid or has expired.'

// What the app sends.
export interface PasswordResetRequestBody {
  email: string
}
export interface PasswordResetCompleteBody {
  token: string
  password: string
}

// POST /api/reset/<uuid>/, newest PostHog.
export const passwordResetCompleteResponseSchema = z.object({
  success: z.literal(true),
  email: z.string(),
})
export type PasswordResetCompleteResponse = z.infer<typeof passwordResetCompleteResponseSchema>

/**
 * For the app: `null` is an older PostHog's 204 (pass `noContent: null` to apiRequest), which
 * signed the caller in as the user; an object is the newest answer, which signed nobody in.
 */
export const passwordResetCompleteAnswerSchema = z.nullable(passwordResetCompleteResponseSchema)
export type PasswordResetCompleteAnswer = z.infer<typeof passwordResetCompleteAnswerSchema>

// As the server reads them (DRF fields, in PostHog's order).

// PasswordResetSerializer.email is an EmailField: required, not null, trimmed, not blank, valid.
export const passwordResetRequestSchema = z.object({
  email: drfField((raw): string => {
    if (raw === undefined) return refuseRequired()
    if (raw === null) return refuse('null', 'This field may not be null.')
    if (typeof raw !== 'string' && typeof raw !== 'number')
      return refuse('invalid_input', 'Not a valid string.')
    const email = String(raw).trim()
    if (!email) return refuse('blank', 'This field may not be blank.')
    return isEmailAddress(email) ? email : refuse('invalid_input', 'Enter a valid email address.')
  }),
})

// PasswordResetCompleteSerializer: token, then password (both CharFields). The password is read
// as the password change reads it (untrimmed); the validators run only after the token is checked.
export const passwordResetCompleteRequestSchema = z.object({
  token: drfChar({ required: true }),
  password: drfChar({ required: true, trim: false }),
})

// GET /api/reset/<uuid>/: `request.query_params.get("token")`, `required` when absent or empty.
export const passwordResetCheckQuerySchema = z.object({
  token: drfField((token): string =>
    typeof token === 'string' && token !== '' ? token : refuseRequired(),
  ),
})
