import * as z from 'zod/mini'
import { drfField, refuse, refuseRequired } from './drf'

export const EMAIL_CODE_PATTERN = /^\d{6}$/

// Same normalisation as PostHog's client and server (frontend/src/scenes/authentication/shared/
// verificationCode.ts, posthog/api/email_verification.py): NFKC folds full-width digits, then
// whitespace, zero-width characters, soft hyphens and "-" go, so pasted "123 456" still works.
const IGNORED_IN_CODE = /[\s\u200B-\u200D\u2060\uFEFF\u00AD-]/g

/** The code as PostHog reads it, or null when it is not six digits after normalisation. */
export function normaliseEmailCode(input: string): string | null {
  const code = input.normalize('NFKC').replace(IGNORED_IN_CODE, '')
  return EMAIL_CODE_PATTERN.test(code) ? code : null
}

const EMAIL_CODE_MESSAGE = 'Enter the 6-digit code from your email.'

/** Form input: accepts what a person types or pastes and outputs the normalised six digits. */
export const emailCodeInputSchema = z.pipe(
  z.string(),
  z.transform((input: string, ctx) => {
    const code = normaliseEmailCode(input)
    if (code === null) {
      ctx.issues.push({ code: 'custom', message: EMAIL_CODE_MESSAGE, input })
      return z.NEVER
    }
    return code
  }),
)
export type EmailCodeInput = z.infer<typeof emailCodeInputSchema>

// POST /api/users/verify_email/ (AllowAny). The client sends the normalised six digits; the
// server normalises again.
export const verifyEmailBodySchema = z.object({
  uuid: z.string().check(z.minLength(1)),
  code: z.string().check(z.regex(EMAIL_CODE_PATTERN, EMAIL_CODE_MESSAGE)),
})
export type VerifyEmailBody = z.infer<typeof verifyEmailBodySchema>

// At most one flag is set; none means the server logged the request in as that user.
export const verifyEmailResponseSchema = z.object({
  success: z.literal(true),
  requires_2fa: z.optional(z.boolean()),
  requires_sso: z.optional(z.boolean()),
  requires_login: z.optional(z.boolean()),
})
export type VerifyEmailResponse = z.infer<typeof verifyEmailResponseSchema>

// POST /api/users/request_email_verification/ answers {"success": true} even for an unknown uuid.
export const requestEmailVerificationBodySchema = z.object({
  uuid: z.string().check(z.minLength(1)),
})
export type RequestEmailVerificationBody = z.infer<typeof requestEmailVerificationBodySchema>

/** RFC 5321 §4.5.3.1: a path is at most 256 octets including its angle brackets, a local part 64. */
export const EMAIL_ADDRESS_MAX_LENGTH = 254
const LOCAL_PART_MAX_LENGTH = 64

// A dot-atom local part (RFC 5322 §3.2.3, as Django's EmailValidator reads it): no quoted
// strings, comments, display names, whitespace or control characters, which some mail and
// identity systems read differently from us and so let one address pose as another.
const LOCAL_ATOM = /^[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+$/
// Letters, digits and inner hyphens (RFC 1035 §2.3.1), at most 63 characters.
const DOMAIN_LABEL = /^[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?$/
// A TLD is letters, or an IDN TLD in punycode; an all-digit one would make `x@1.2.3.4` pass.
const TOP_LEVEL_DOMAIN = /^(?:[A-Za-z]{2,63}|xn--[A-Za-z0-9-]+)$/

/**
 * The one strict check of an email address, shared by the server (email change, dev accounts,
 * sign-in) and the app: `local@domain` only, ASCII only. A Unicode domain is accepted only in
 * its punycode (`xn--`) form and a Unicode local part not at all: our lookups fold case in
 * ASCII only (SQLite NOCASE), so Unicode would let look-alike addresses register twice, and
 * not every mail server speaks SMTPUTF8. Case does not matter; callers trim first.
 */
export function isEmailAddress(value: string): boolean {
  if (value.length > EMAIL_ADDRESS_MAX_LENGTH) return false
  const at = value.indexOf('@')
  if (at < 0 || at !== value.lastIndexOf('@')) return false
  const local = value.slice(0, at)
  const domain = value.slice(at + 1)
  if (local.length === 0 || local.length > LOCAL_PART_MAX_LENGTH) return false
  // Splitting on dots makes leading, trailing and double dots empty atoms or labels.
  if (!local.split('.').every((atom) => LOCAL_ATOM.test(atom))) return false
  const labels = domain.split('.')
  if (labels.length < 2 || !labels.every((label) => DOMAIN_LABEL.test(label))) return false
  return TOP_LEVEL_DOMAIN.test(labels[labels.length - 1]!)
}

/** `isEmailAddress` as a zod check, for form and body schemas. */
export const emailAddressCheck = (message = 'Enter a valid email address.') =>
  z.refine<string>((value) => isEmailAddress(value), message)

// The AllowAny email actions read request.data["uuid"] and ["code"] (a 500 when missing); the
// stand-in answers `required` for a missing, null or empty one, and reads numbers as text.
function requiredText(value: unknown): string {
  if (value === undefined || value === null || value === '') return refuseRequired()
  if (typeof value !== 'string' && typeof value !== 'number')
    return refuse('invalid_input', 'Not a valid string.')
  return String(value)
}
const userUuid = drfField((uuid) => requiredText(uuid).trim().toLowerCase())

// POST /api/users/verify_email/ as the server reads it: the code normalised as PostHog does.
export const verifyEmailRequestSchema = z.object({
  uuid: userUuid,
  code: drfField(
    (code): string =>
      normaliseEmailCode(requiredText(code)) ?? refuse('invalid_input', EMAIL_CODE_MESSAGE),
  ),
})

export const requestEmailVerificationRequestSchema = z.object({ uuid: userUuid })
