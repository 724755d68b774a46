import * as z from 'zod/mini'
import { drfChar, drfChoice } from './drf'
import { PUSH_PLATFORMS, pushPlatformSchema } from './enums'

// POST /api/users/@me/push_tokens/ is an idempotent upsert, at most 20 per user with the oldest
// evicted, and only on the @me path (posthog/api/user_push_token.py).
export const pushTokenRegisterBodySchema = z.object({
  token: z.string().check(z.minLength(1), z.maxLength(512)),
  platform: pushPlatformSchema,
})
export type PushTokenRegisterBody = z.infer<typeof pushTokenRegisterBodySchema>

// The response platform is documented as a plain string, so it is not narrowed to the enum.
export const pushTokenSchema = z.object({
  id: z.string(),
  platform: z.string(),
  created_at: z.string(),
  last_seen_at: z.string(),
})
export type PushToken = z.infer<typeof pushTokenSchema>

// POST /api/users/@me/push_tokens/unregister/ answers 204 even when no such token exists.
export const pushTokenUnregisterBodySchema = z.object({
  token: z.string().check(z.minLength(1)),
})
export type PushTokenUnregisterBody = z.infer<typeof pushTokenUnregisterBodySchema>

// As the server reads them (UserPushTokenSerializer fields, in order).
const pushTokenField = drfChar({ required: true, max: 512 })
export const pushTokenRegisterRequestSchema = z.object({
  token: pushTokenField,
  platform: drfChoice(PUSH_PLATFORMS, { required: true }),
})
export const pushTokenUnregisterRequestSchema = z.object({ token: pushTokenField })
