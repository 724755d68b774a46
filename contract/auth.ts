import * as z from 'zod/mini'
import { isEmailAddress } from './email'
import { drfField, refuse, refuseRequired } from './drf'

export const successResponseSchema = z.object({ success: z.literal(true) })
export type SuccessResponse = z.infer<typeof successResponseSchema>

// POST /api/login. `next` is kept only when it is a safe same-origin path
// (posthog/api/authentication.py).
export const loginBodySchema = z.object({
  email: z.email(),
  password: z.string().check(z.minLength(1)),
  next: z.optional(z.string()),
})
export type LoginBody = z.infer<typeof loginBodySchema>

// POST /api/login/token: a 6-digit TOTP code or an 8-char backup code in one field. The passkey
// variant ({credential_id, response}) is out of scope for this app.
export const loginTokenBodySchema = z.object({
  token: z.string().check(z.minLength(1), z.maxLength(64)),
})
export type LoginTokenBody = z.infer<typeof loginTokenBodySchema>

// POST /logout is a plain Django form view, not DRF: CSRF in the form body or X-CSRFToken,
// answer 302 to /login (posthog/urls.py, posthog/api/authentication.py).
export const logoutFormSchema = z.object({
  csrfmiddlewaretoken: z.optional(z.string()),
  next: z.optional(z.string()),
  reason: z.optional(z.string()),
})
export type LogoutForm = z.infer<typeof logoutFormSchema>

// POST /api/login as the server reads it (LoginSerializer): both fields present first (missing,
// null and "" are `required`), then the address (trimmed, lower-cased) and the password's type.
const loginFieldPresent = drfField((value): unknown =>
  value === undefined || value === null || value === '' ? refuseRequired() : value,
)
export const loginRequestSchema = z.pipe(
  z.object({ email: loginFieldPresent, password: loginFieldPresent }),
  z.object({
    email: drfField((email): string =>
      typeof email === 'string' && isEmailAddress(email.trim())
        ? email.trim().toLowerCase()
        : refuse('invalid_input', 'Enter a valid email address.'),
    ),
    password: drfField((password): string =>
      typeof password === 'string' ? password : refuse('invalid_input', 'Not a valid string.'),
    ),
  }),
)

// POST /api/login/token as the server reads it: the code as text, "" when there is none (which
// the view answers with 2fa_missing_credentials once the pending session is checked).
export const loginTokenRequestSchema = z.object({
  token: drfField((token): string =>
    typeof token === 'string' || typeof token === 'number' ? String(token).trim() : '',
  ),
})

// POST /logout's form as the server reads it: `next` stays raw for safeNextPath.
export const logoutRequestSchema = z.object({
  csrfmiddlewaretoken: drfField(
    (token): string | undefined => (typeof token === 'string' ? token : undefined),
    true,
  ),
  next: drfField((next): unknown => next, true),
})
