import * as z from 'zod/mini'

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
