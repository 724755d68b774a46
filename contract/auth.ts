import * as z from 'zod/mini'

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
