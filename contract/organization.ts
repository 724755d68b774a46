import * as z from 'zod/mini'

const jsonObject = z.record(z.string(), z.unknown())

// Nested serializers change between PostHog versions (posthog/api/shared.py,
// posthog/api/organization.py), so they are loose and only what the SPA reads is required.
export const teamBasicSchema = z.looseObject({
  id: z.int(),
  uuid: z.string(),
  name: z.string(),
  organization: z.optional(z.string()),
  api_token: z.optional(z.string()),
  timezone: z.optional(z.string()),
  is_demo: z.optional(z.boolean()),
})
export type TeamBasic = z.infer<typeof teamBasicSchema>

export const organizationTeamSchema = z.looseObject({ id: z.int(), name: z.string() })
export type OrganizationTeam = z.infer<typeof organizationTeamSchema>

export const organizationSchema = z.looseObject({
  id: z.string(),
  name: z.string(),
  slug: z.string(),
  membership_level: z.nullable(z.int()),
  enforce_2fa: z.nullable(z.boolean()),
  teams: z.array(organizationTeamSchema),
  available_product_features: z.optional(z.nullable(z.array(jsonObject))),
})
export type Organization = z.infer<typeof organizationSchema>

export const organizationBasicSchema = z.looseObject({
  id: z.string(),
  name: z.string(),
  slug: z.string(),
  logo_media_id: z.optional(z.nullable(z.string())),
  membership_level: z.nullable(z.int()),
  members_can_use_personal_api_keys: z.optional(z.boolean()),
  is_active: z.optional(z.nullable(z.boolean())),
  is_not_active_reason: z.optional(z.nullable(z.string())),
  is_pending_deletion: z.optional(z.nullable(z.boolean())),
})
export type OrganizationBasic = z.infer<typeof organizationBasicSchema>

export const pendingInviteSchema = z.looseObject({
  id: z.string(),
  target_email: z.string(),
  organization_id: z.string(),
  organization_name: z.string(),
  created_at: z.string(),
})
export type PendingInvite = z.infer<typeof pendingInviteSchema>
