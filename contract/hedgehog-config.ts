import * as z from 'zod/mini'
import { hedgehogAccessorySchema, hedgehogColorSchema, hedgehogSkinSchema } from './enums'

// The server stores arbitrary JSON and validates nothing; GET returns {} when it is null and
// PATCH replaces the whole object (posthog/api/user.py hedgehog_config). Hence all optional.
export const hedgehogConfigSchema = z.looseObject({
  enabled: z.optional(z.boolean()),
  use_as_profile: z.optional(z.boolean()),
  color: z.optional(z.nullable(hedgehogColorSchema)),
  skin: z.optional(hedgehogSkinSchema),
  accessories: z.optional(z.array(hedgehogAccessorySchema)),
  walking_enabled: z.optional(z.boolean()),
  interactions_enabled: z.optional(z.boolean()),
  controls_enabled: z.optional(z.boolean()),
  party_mode_enabled: z.optional(z.boolean()),
  fixed_direction: z.optional(z.enum(['left', 'right'])),
})
export type HedgehogConfig = z.infer<typeof hedgehogConfigSchema>

// Applied by PostHog's client on top of whatever the server returns (hedgehogBuddyLogic.ts).
export const HEDGEHOG_DEFAULTS = {
  enabled: false,
  use_as_profile: false,
  color: null,
  accessories: [],
  walking_enabled: true,
  interactions_enabled: true,
  controls_enabled: true,
  party_mode_enabled: false,
} as const satisfies HedgehogConfig

const D = HEDGEHOG_DEFAULTS
export const resolvedHedgehogConfigSchema = z.looseObject({
  ...hedgehogConfigSchema.shape,
  enabled: z._default(z.boolean(), D.enabled),
  use_as_profile: z._default(z.boolean(), D.use_as_profile),
  color: z._default(z.nullable(hedgehogColorSchema), D.color),
  accessories: z._default(z.array(hedgehogAccessorySchema), () => []),
  walking_enabled: z._default(z.boolean(), D.walking_enabled),
  interactions_enabled: z._default(z.boolean(), D.interactions_enabled),
  controls_enabled: z._default(z.boolean(), D.controls_enabled),
  party_mode_enabled: z._default(z.boolean(), D.party_mode_enabled),
})
export type ResolvedHedgehogConfig = z.infer<typeof resolvedHedgehogConfigSchema>

/**
 * Defaults merged with every field of `raw` that is valid on its own. The stored JSON is
 * unvalidated and written by other PostHog clients, so one unknown value (a newer skin, say) must
 * not discard the rest. Unknown keys are kept so PATCHing the merged config does not drop them.
 */
export function resolveHedgehogConfig(raw: unknown): ResolvedHedgehogConfig {
  const source = typeof raw === 'object' && raw !== null && !Array.isArray(raw) ? raw : {}
  const shape: Record<string, z.ZodMiniType> = hedgehogConfigSchema.shape
  const kept: Record<string, unknown> = {}
  for (const [key, value] of Object.entries(source)) {
    const fieldSchema = shape[key]
    if (!fieldSchema || fieldSchema.safeParse(value).success) kept[key] = value
  }
  return resolvedHedgehogConfigSchema.parse(kept)
}
