import * as z from 'zod/mini'

// ThemeMode choices on the User model; null is the model default and the ThemeSwitcher labels it
// "Sync with system" (posthog/models/user.py, ThemeSwitcher.tsx).
export const THEME_MODES = ['light', 'dark', 'system', ''] as const
export const themeModeSchema = z.nullable(z.enum(THEME_MODES))
export type ThemeMode = z.infer<typeof themeModeSchema>

// The serializer ChoiceField has no allow_blank/allow_null: "" or null in a PATCH is a 400, even
// though the model column is nullable (posthog/api/user.py).
export const ROLES_AT_ORGANIZATION = [
  'engineering',
  'data',
  'product',
  'founder',
  'leadership',
  'marketing',
  'sales',
  'other',
] as const
export const roleAtOrganizationSchema = z.enum(ROLES_AT_ORGANIZATION)
export type RoleAtOrganization = z.infer<typeof roleAtOrganizationSchema>

export const ROLE_AT_ORGANIZATION_LABELS: Record<RoleAtOrganization, string> = {
  engineering: 'Engineering',
  data: 'Data',
  product: 'Product Management',
  founder: 'Founder',
  leadership: 'Leadership',
  marketing: 'Marketing',
  sales: 'Sales / Success',
  other: 'Other',
}

export const TOOLBAR_MODES = ['disabled', 'toolbar', ''] as const
export const toolbarModeSchema = z.nullable(z.enum(TOOLBAR_MODES))
export type ToolbarMode = z.infer<typeof toolbarModeSchema>

// A stored null is returned as "above" by to_representation, but the model allows it.
export const SHORTCUT_POSITIONS = ['above', 'below', 'hidden', ''] as const
export const shortcutPositionSchema = z.nullable(z.enum(SHORTCUT_POSITIONS))
export type ShortcutPosition = z.infer<typeof shortcutPositionSchema>

export const HEDGEHOG_COLORS = [
  'green',
  'red',
  'blue',
  'purple',
  'dark',
  'light',
  'sepia',
  'invert',
  'invert-hue',
  'greyscale',
] as const
export const hedgehogColorSchema = z.enum(HEDGEHOG_COLORS)
export type HedgehogColor = z.infer<typeof hedgehogColorSchema>

export const HEDGEHOG_SKINS = ['default', 'spiderhog', 'robohog'] as const
export const hedgehogSkinSchema = z.enum(HEDGEHOG_SKINS)
export type HedgehogSkin = z.infer<typeof hedgehogSkinSchema>

// The UI allows at most one accessory per group (HedgehogOptions.tsx).
export const HEDGEHOG_ACCESSORY_GROUPS = {
  headwear: [
    'beret',
    'cap',
    'chef',
    'cowboy',
    'flag',
    'graduation',
    'party',
    'pineapple',
    'tophat',
    'xmas_hat',
    'xmas_antlers',
  ],
  eyewear: ['eyepatch', 'glasses', 'sunglasses'],
  other: ['parrot', 'xmas_scarf'],
} as const
export type HedgehogAccessoryGroup = keyof typeof HEDGEHOG_ACCESSORY_GROUPS
export const HEDGEHOG_ACCESSORIES = [
  ...HEDGEHOG_ACCESSORY_GROUPS.headwear,
  ...HEDGEHOG_ACCESSORY_GROUPS.eyewear,
  ...HEDGEHOG_ACCESSORY_GROUPS.other,
] as const
export const hedgehogAccessorySchema = z.enum(HEDGEHOG_ACCESSORIES)
export type HedgehogAccessory = z.infer<typeof hedgehogAccessorySchema>

export const NOTIFICATION_TYPES = [
  'comment_mention',
  'alert_firing',
  'issue_assigned',
  'approval_requested',
  'approval_resolved',
  'experiment_concluded',
  'pipeline_failure',
  'project_created',
  'usage_spike',
  'reminder',
  'web_analytics_digest',
  'achievement_unlocked',
  'subscription_nudge',
  'email_reputation',
  'materialization_failure',
] as const
export const notificationTypeSchema = z.enum(NOTIFICATION_TYPES)
export type NotificationType = z.infer<typeof notificationTypeSchema>

export const PUSH_PLATFORMS = ['ios', 'android', 'web'] as const
export const pushPlatformSchema = z.enum(PUSH_PLATFORMS)
export type PushPlatform = z.infer<typeof pushPlatformSchema>

export const ONBOARDING_SKIPPED_REASONS = ['delegated', 'later', 'other'] as const
export const onboardingSkippedReasonSchema = z.enum(ONBOARDING_SKIPPED_REASONS)
export type OnboardingSkippedReason = z.infer<typeof onboardingSkippedReasonSchema>
