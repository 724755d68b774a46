import * as z from 'zod/mini'

// GET /api/users/@me/login_sessions/: a bare array, the current session first
// (../shared/contract/posthog-account-security-api.md §2.2–2.3). Every field but `id` and
// `is_current` may be null (legacy rows, no User-Agent, no GeoIP answer).
export const loginSessionSchema = z.object({
  id: z.string(),
  created_at: z.nullable(z.string()),
  last_activity: z.nullable(z.string()),
  location: z.nullable(z.string()),
  device: z.nullable(z.string()),
  /** PostHog's LOGIN_METHODS value ("password", "passkey", "google-oauth2", …), kept open. */
  login_method: z.nullable(z.string()),
  is_current: z.boolean(),
})
export type LoginSession = z.infer<typeof loginSessionSchema>

export const loginSessionsSchema = z.array(loginSessionSchema)

// POST /api/users/@me/login_sessions/revoke_others/ (§2.5).
export const revokeOtherSessionsSchema = z.object({ revoked_count: z.number() })
export type RevokeOtherSessions = z.infer<typeof revokeOtherSessionsSchema>
