import * as z from 'zod/mini'
import { drfBoolean, drfChar, drfChoice, drfJson } from './drf'
import {
  ROLES_AT_ORGANIZATION,
  SHORTCUT_POSITIONS,
  THEME_MODES,
  TOOLBAR_MODES,
  onboardingSkippedReasonSchema,
  roleAtOrganizationSchema,
  shortcutPositionSchema,
  themeModeSchema,
  toolbarModeSchema,
} from './enums'
import { hedgehogConfigSchema } from './hedgehog-config'
import {
  notificationLockSchema,
  notificationSettingsSchema,
  notificationSettingsUpdateSchema,
} from './notification-settings'
import {
  organizationBasicSchema,
  organizationSchema,
  pendingInviteSchema,
  teamBasicSchema,
} from './organization'
import { paginatedSchema } from './pagination'
import { scenePersonalisationEntrySchema } from './scene-personalisation'

const isoDateTime = z.string()
const jsonObject = z.record(z.string(), z.unknown())

// Deprecated: {"active": "DEFAULT"} or {"active": ["column_1", …]}.
export const eventsColumnConfigSchema = z.looseObject({
  active: z.optional(z.union([z.string(), z.array(z.string())])),
})

const optionalNullable = <T extends z.ZodMiniType>(schema: T) => z.optional(z.nullable(schema))

// UserSerializer, newest version (posthog/api/user.py). Fields that older versions lack are
// optional so both parse. password, current_password, set_current_* are never returned.
export const userSchema = z.object({
  id: z.int(),
  uuid: z.string(),
  distinct_id: z.nullable(z.string()),
  date_joined: isoDateTime,
  first_name: z.string(),
  last_name: z.string(),
  email: z.string(),
  pending_email: z.nullable(z.string()),
  // null marks legacy accounts and counts as verified.
  is_email_verified: z.nullable(z.boolean()),
  notification_settings: notificationSettingsSchema,
  notification_locks: z.optional(z.array(notificationLockSchema)),
  anonymize_data: z.nullable(z.boolean()),
  // null counts as allowed (CAN_LOGIN_AS, posthog/settings/web.py).
  allow_impersonation: optionalNullable(z.boolean()),
  toolbar_mode: toolbarModeSchema,
  has_password: z.boolean(),
  is_staff: z.boolean(),
  is_impersonated: z.nullable(z.boolean()),
  is_impersonated_until: optionalNullable(isoDateTime),
  is_impersonated_read_only: optionalNullable(z.boolean()),
  is_impersonated_reason: optionalNullable(z.string()),
  sensitive_session_expires_at: optionalNullable(isoDateTime),
  fresh_reauth_expires_at: optionalNullable(isoDateTime),
  // null once the user has left every organization (the account-deletion precondition).
  team: z.nullable(teamBasicSchema),
  organization: z.nullable(organizationSchema),
  organizations: z.array(organizationBasicSchema),
  events_column_config: z.optional(z.nullable(eventsColumnConfigSchema)),
  is_2fa_enabled: z.boolean(),
  has_social_auth: z.boolean(),
  has_sso_enforcement: z.boolean(),
  has_seen_product_intro_for: optionalNullable(z.record(z.string(), z.boolean())),
  scene_personalisation: z.optional(z.array(scenePersonalisationEntrySchema)),
  theme_mode: themeModeSchema,
  // Free-form and unvalidated server-side: read it through resolveHedgehogConfig().
  hedgehog_config: z.nullable(jsonObject),
  allow_sidebar_suggestions: optionalNullable(z.boolean()),
  shortcut_position: z.optional(shortcutPositionSchema),
  // The model column is nullable even though PATCH refuses null.
  role_at_organization: optionalNullable(roleAtOrganizationSchema),
  passkeys_enabled_for_2fa: optionalNullable(z.boolean()),
  hide_mcp_hints: z.optional(z.boolean()),
  ui_configuration: optionalNullable(jsonObject),
  onboarding_skipped_at: optionalNullable(isoDateTime),
  onboarding_skipped_reason: optionalNullable(onboardingSkippedReasonSchema),
  onboarding_skipped_organization_id: optionalNullable(z.string()),
  onboarding_delegated_to_invite: optionalNullable(z.string()),
  onboarding_delegated_to_organization_id: optionalNullable(z.string()),
  onboarding_delegation_accepted_at: optionalNullable(isoDateTime),
  is_organization_first_user: optionalNullable(z.boolean()),
  active_realtime_notification_types: z.optional(z.array(z.string())),
  pending_invites: z.optional(z.array(pendingInviteSchema)),
  requires_credential_review: z.optional(z.boolean()),
})
export type User = z.infer<typeof userSchema>
/** What a server may send: notification_settings keys with defaults may be left out. */
export type UserInput = z.input<typeof userSchema>

export const userListSchema = paginatedSchema(userSchema)
export type UserList = z.infer<typeof userListSchema>

// Writable fields for PATCH /api/users/@me/. PostHog silently ignores unknown and read-only keys,
// so this strips rather than rejects.
export const userUpdateSchema = z.object({
  first_name: z.optional(z.string().check(z.maxLength(150))),
  last_name: z.optional(z.string().check(z.maxLength(150))),
  email: z.optional(z.email().check(z.maxLength(254))),
  password: z.optional(z.string().check(z.maxLength(128))),
  current_password: z.optional(z.string()),
  notification_settings: z.optional(notificationSettingsUpdateSchema),
  anonymize_data: optionalNullable(z.boolean()),
  allow_impersonation: optionalNullable(z.boolean()),
  toolbar_mode: z.optional(toolbarModeSchema),
  is_staff: z.optional(z.boolean()),
  set_current_organization: z.optional(z.string()),
  set_current_team: z.optional(z.union([z.string(), z.int()])),
  events_column_config: z.optional(eventsColumnConfigSchema),
  // Replaces the whole map; product_intro_seen is the one-key merge.
  has_seen_product_intro_for: optionalNullable(z.record(z.string(), z.boolean())),
  theme_mode: z.optional(themeModeSchema),
  hedgehog_config: optionalNullable(hedgehogConfigSchema),
  allow_sidebar_suggestions: optionalNullable(z.boolean()),
  shortcut_position: z.optional(shortcutPositionSchema),
  role_at_organization: z.optional(roleAtOrganizationSchema),
  passkeys_enabled_for_2fa: optionalNullable(z.boolean()),
  hide_mcp_hints: z.optional(z.boolean()),
  ui_configuration: optionalNullable(jsonObject),
})
export type UserUpdate = z.infer<typeof userUpdateSchema>

// A PATCH touching only these keys is exempt from the 2-hour fresh-session rule
// (time_sensitive_allow_if_only_fields in posthog/api/user.py).
export const REAUTH_EXEMPT_USER_FIELDS = [
  'theme_mode',
  'set_current_organization',
  'set_current_team',
  'allow_sidebar_suggestions',
  'shortcut_position',
  'has_seen_product_intro_for',
  'events_column_config',
  'role_at_organization',
  'ui_configuration',
] as const satisfies readonly (keyof UserUpdate)[]

// PATCH /api/users/:uuid as UserSerializer's fields read it, in PostHog's order (the first error
// wins). is_staff (after a permission check), notification_settings, set_current_*, password and
// email are read by the view in their own turn; password and email have their fields here.
const nullable = { nullable: true } as const
export const userUpdateRequestSchema = z.object({
  first_name: drfChar({ max: 150 }),
  last_name: drfChar({ max: 150, allowBlank: true }),
  anonymize_data: drfBoolean(nullable),
  allow_impersonation: drfBoolean(nullable),
  toolbar_mode: drfChoice(TOOLBAR_MODES, nullable),
  theme_mode: drfChoice(THEME_MODES, nullable),
  allow_sidebar_suggestions: drfBoolean(nullable),
  shortcut_position: drfChoice(SHORTCUT_POSITIONS, nullable),
  role_at_organization: drfChoice(ROLES_AT_ORGANIZATION),
  hide_mcp_hints: drfBoolean(),
  hedgehog_config: drfJson('any'),
  events_column_config: drfJson('any'),
  has_seen_product_intro_for: drfJson('object'),
  ui_configuration: drfJson('object'),
  passkeys_enabled_for_2fa: drfBoolean(nullable),
})
export const userUpdateLaterFields = {
  is_staff: drfBoolean(),
  password: drfChar({ max: 128, trim: false }),
  email: drfChar({ max: 254 }),
}

// PATCH /api/users/:uuid/product_intro_seen: one key of has_seen_product_intro_for, merged.
export const productIntroSeenRequestSchema = z.object({
  product_key: drfChar({ required: true, max: 128 }),
  seen: drfBoolean(),
})
