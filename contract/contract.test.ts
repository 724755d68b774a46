import { describe, expect, it } from 'vitest'
import { normaliseEmailCode, emailCodeInputSchema, verifyEmailBodySchema } from './email'
import { ROLE_AT_ORGANIZATION_LABELS, ROLES_AT_ORGANIZATION } from './enums'
import { errorEnvelopeSchema } from './errors'
import { HEDGEHOG_DEFAULTS, resolveHedgehogConfig } from './hedgehog-config'
import { NOTIFICATION_DEFAULTS, notificationSettingsUpdateSchema } from './notification-settings'
import {
  normaliseTwoFactorStatus,
  twoFactorBackupCodesResponseSchema,
  twoFactorStatusSchema,
} from './two-factor'
import { userListSchema, userSchema, userUpdateSchema } from './user'

// Section 2.3 of posthog-users-api.md, with the "…" parts filled in.
const exampleUser = {
  date_joined: '2024-03-01T10:15:30.123456Z',
  uuid: '0190a4c2-7f3e-7a31-9e0f-4a2f5f3c1d2e',
  distinct_id: 'Xy7Qk2pL9vT4mN8rS3wZ6bC1dF5gH0jK',
  first_name: 'Jane',
  last_name: '',
  email: 'jane@example.com',
  pending_email: null,
  is_email_verified: true,
  notification_settings: {
    plugin_disabled: true,
    discussions_mentioned: true,
    project_weekly_digest_disabled: {},
    all_weekly_digest_disabled: false,
    error_tracking_issue_assigned: true,
    error_tracking_weekly_digest: true,
    data_pipeline_error_threshold: 0.01,
    project_api_key_exposed: true,
    materialized_view_sync_failed: false,
    web_analytics_weekly_digest: true,
    organization_member_join_email_disabled: {},
  },
  notification_locks: [],
  anonymize_data: false,
  allow_impersonation: null,
  toolbar_mode: 'toolbar',
  has_password: true,
  id: 42,
  is_staff: false,
  is_impersonated: false,
  is_impersonated_until: null,
  is_impersonated_read_only: null,
  is_impersonated_reason: null,
  sensitive_session_expires_at: '2025-01-01T12:00:00+00:00',
  fresh_reauth_expires_at: null,
  team: {
    id: 1,
    uuid: '0190a4c2-8000-7000-8000-000000000001',
    organization: '0190a4c2-8000-7000-8000-0000000000aa',
    name: 'Default project',
    api_token: 'phc_3Jx9mQe7Rk2Lw5Vt8Yp1Zs4Hd6Fb0NcGa',
    completed_snippet_onboarding: true,
    ingested_event: true,
    is_demo: false,
    timezone: 'UTC',
    access_control: false,
    effective_membership_level: 15,
  },
  organization: {
    id: '0190a4c2-8000-7000-8000-0000000000aa',
    name: 'Acme',
    slug: 'acme',
    membership_level: 15,
    enforce_2fa: false,
    teams: [{ id: 1, name: 'Default project', uuid: '0190a4c2-8000-7000-8000-000000000001' }],
    available_product_features: [{ key: 'sso_enforcement', name: 'SSO enforcement' }],
    created_at: '2024-03-01T10:15:30.123456Z',
  },
  organizations: [
    {
      id: '0190a4c2-8000-7000-8000-0000000000aa',
      name: 'Acme',
      slug: 'acme',
      logo_media_id: null,
      membership_level: 15,
      members_can_use_personal_api_keys: true,
      is_active: true,
      is_not_active_reason: null,
      is_pending_deletion: false,
    },
  ],
  events_column_config: { active: 'DEFAULT' },
  is_2fa_enabled: false,
  has_social_auth: false,
  has_sso_enforcement: false,
  has_seen_product_intro_for: null,
  scene_personalisation: [],
  theme_mode: null,
  hedgehog_config: null,
  allow_sidebar_suggestions: null,
  shortcut_position: 'above',
  role_at_organization: 'engineering',
  passkeys_enabled_for_2fa: false,
  hide_mcp_hints: false,
  ui_configuration: null,
  onboarding_skipped_at: null,
  onboarding_skipped_reason: null,
  onboarding_skipped_organization_id: null,
  onboarding_delegated_to_invite: null,
  onboarding_delegated_to_organization_id: null,
  onboarding_delegation_accepted_at: null,
  is_organization_first_user: true,
  active_realtime_notification_types: ['comment_mention', 'alert_firing', 'issue_assigned'],
  pending_invites: [],
  requires_credential_review: false,
}

const newestOnlyKeys = [
  'fresh_reauth_expires_at',
  'hide_mcp_hints',
  'ui_configuration',
  'pending_invites',
  'requires_credential_review',
  'notification_locks',
] as const

describe('userSchema', () => {
  it('parses the example User of section 2.3 and keeps nested extra keys', () => {
    const user = userSchema.parse(exampleUser)
    expect(user.email).toBe('jane@example.com')
    expect(user.organization?.teams).toEqual([exampleUser.organization.teams[0]])
    expect(user.team).toMatchObject({ effective_membership_level: 15 })
  })

  it('parses an older user without newest-only fields and fills notification defaults', () => {
    const older: Record<string, unknown> = {
      ...exampleUser,
      notification_settings: { plugin_disabled: false },
    }
    for (const key of newestOnlyKeys) delete older[key]
    const user = userSchema.parse(older)
    expect(user.notification_settings).toEqual({ ...NOTIFICATION_DEFAULTS, plugin_disabled: false })
  })

  it('parses a user who has left every organization', () => {
    const user = userSchema.parse({
      ...exampleUser,
      team: null,
      organization: null,
      organizations: [],
    })
    expect(user.organization).toBeNull()
  })

  it('wraps users in the paginated list', () => {
    const list = userListSchema.parse({
      count: 1,
      next: null,
      previous: null,
      results: [exampleUser],
    })
    expect(list.results).toHaveLength(1)
  })

  it('rejects an unknown role', () => {
    expect(userSchema.safeParse({ ...exampleUser, role_at_organization: 'ceo' }).success).toBe(
      false,
    )
  })
})

describe('userUpdateSchema', () => {
  it('rejects a bad role, blank role and null role, as PostHog does', () => {
    for (const role of ['ceo', '', null]) {
      expect(userUpdateSchema.safeParse({ role_at_organization: role }).success).toBe(false)
    }
    expect(userUpdateSchema.safeParse({ role_at_organization: 'founder' }).success).toBe(true)
  })

  it('strips read-only keys like PostHog silently ignores them', () => {
    const body = userUpdateSchema.parse({ first_name: 'Ann', uuid: 'x', is_email_verified: true })
    expect(body).toEqual({ first_name: 'Ann' })
  })

  it('accepts the write-only fields', () => {
    const body = {
      password: 'a-long-passphrase',
      current_password: 'old',
      set_current_team: 2,
      set_current_organization: 'o',
    }
    expect(userUpdateSchema.parse(body)).toEqual(body)
  })

  it('rejects unknown notification keys and a threshold outside 0..1', () => {
    expect(notificationSettingsUpdateSchema.safeParse({ nope: true }).success).toBe(false)
    expect(
      notificationSettingsUpdateSchema.safeParse({ data_pipeline_error_threshold: 1.5 }).success,
    ).toBe(false)
    expect(
      notificationSettingsUpdateSchema.safeParse({
        pipeline_notifications_disabled: { 'hog_function:abc-1': true },
      }).success,
    ).toBe(true)
    expect(
      notificationSettingsUpdateSchema.safeParse({
        pipeline_notifications_disabled: { 'other:1': true },
      }).success,
    ).toBe(false)
    expect(
      notificationSettingsUpdateSchema.safeParse({
        realtime_notifications_disabled: { alert_firing: { '1': true } },
      }).success,
    ).toBe(true)
    expect(
      notificationSettingsUpdateSchema.safeParse({
        realtime_notifications_disabled: { nope: { '1': true } },
      }).success,
    ).toBe(false)
  })
})

describe('two_factor_status', () => {
  it('parses and normalises the newest shape (count only)', () => {
    const status = twoFactorStatusSchema.parse({
      is_enabled: true,
      backup_codes_remaining: 7,
      method: 'TOTP',
      has_passkeys: false,
      has_totp: true,
      passkeys_enabled_for_2fa: false,
    })
    expect(normaliseTwoFactorStatus(status)).toEqual({
      isEnabled: true,
      method: 'TOTP',
      hasTotp: true,
      hasPasskeys: false,
      passkeysEnabledFor2fa: false,
      backupCodesRemaining: 7,
      backupCodes: null,
    })
  })

  it('parses and normalises the older shape (live codes)', () => {
    const status = twoFactorStatusSchema.parse({
      is_enabled: true,
      backup_codes: ['123456', '789012'],
    })
    expect(normaliseTwoFactorStatus(status)).toEqual({
      isEnabled: true,
      method: 'TOTP',
      hasTotp: true,
      hasPasskeys: false,
      passkeysEnabledFor2fa: false,
      backupCodesRemaining: 2,
      backupCodes: ['123456', '789012'],
    })
  })

  it('normalises a disabled older status', () => {
    const status = twoFactorStatusSchema.parse({ is_enabled: false, backup_codes: [] })
    expect(normaliseTwoFactorStatus(status)).toMatchObject({
      isEnabled: false,
      method: null,
      hasTotp: false,
    })
  })

  it('checks the backup code format of generated codes', () => {
    expect(
      twoFactorBackupCodesResponseSchema.safeParse({ backup_codes: ['k7d2xq4m', 'abcdefgh'] })
        .success,
    ).toBe(true)
    expect(
      twoFactorBackupCodesResponseSchema.safeParse({ backup_codes: ['K7D2XQ4M'] }).success,
    ).toBe(false)
    expect(
      twoFactorBackupCodesResponseSchema.safeParse({ backup_codes: ['k7d2xq18'] }).success,
    ).toBe(false)
  })
})

describe('email verification code', () => {
  it.each([
    ['123456', '123456'],
    ['123 456', '123456'],
    ['123-456', '123456'],
    ['１２３４５６', '123456'],
    [' 12\u200B34\u00AD56\n', '123456'],
  ])('normalises %j', (input, expected) => {
    expect(normaliseEmailCode(input)).toBe(expected)
    expect(emailCodeInputSchema.parse(input)).toBe(expected)
  })

  it.each(['12345', '1234567', 'abcdef', ''])('rejects %j', (input) => {
    expect(normaliseEmailCode(input)).toBeNull()
    expect(emailCodeInputSchema.safeParse(input).success).toBe(false)
  })

  it('requires six digits on the wire', () => {
    expect(verifyEmailBodySchema.safeParse({ uuid: 'u', code: '123 456' }).success).toBe(false)
  })
})

describe('errorEnvelopeSchema', () => {
  // Every example of section 5.
  const examples = [
    {
      type: 'validation_error',
      code: 'invalid_input',
      detail: 'This password is too short. It must contain at least 8 characters.',
      attr: 'password',
    },
    {
      type: 'validation_error',
      code: 'required',
      detail: 'This field is required when updating your password.',
      attr: 'current_password',
    },
    {
      type: 'validation_error',
      code: 'incorrect_password',
      detail: 'Your current password is incorrect.',
      attr: 'current_password',
    },
    {
      type: 'validation_error',
      code: '2fa_not_enabled',
      detail: '2FA must be enabled first',
      attr: null,
    },
    {
      type: 'authentication_error',
      code: 'not_authenticated',
      detail: 'Authentication credentials were not provided.',
      attr: null,
    },
    {
      type: 'authentication_error',
      code: 'authentication_failed',
      detail: 'Personal API key found in request Authorization header is invalid.',
      attr: null,
    },
    {
      type: 'authentication_error',
      code: 'permission_denied',
      detail: "As a non-staff user you're only allowed to access the `@me` user instance.",
      attr: null,
    },
    {
      type: 'authentication_error',
      code: 'sensitive_action_required_reauth',
      detail: 'This action requires you to be recently authenticated.',
      attr: null,
    },
    { type: 'invalid_request', code: 'not_found', detail: 'Not found.', attr: null },
    {
      type: 'invalid_request',
      code: 'method_not_allowed',
      detail: 'Method "POST" not allowed.',
      attr: null,
    },
    {
      type: 'throttled_error',
      code: 'throttled',
      detail: 'Request was throttled. Expected available in 42 seconds.',
      attr: null,
    },
    { type: 'server_error', code: 'error', detail: 'A server error occurred.', attr: null },
  ]

  it.each(examples)('parses $code', (body) => {
    expect(errorEnvelopeSchema.parse(body)).toEqual(body)
  })

  it('rejects an unknown type and a missing attr', () => {
    expect(errorEnvelopeSchema.safeParse({ ...examples[0], type: 'oops' }).success).toBe(false)
    expect(
      errorEnvelopeSchema.safeParse({ type: 'server_error', code: 'error', detail: 'x' }).success,
    ).toBe(false)
  })
})

describe('enums and hedgehog', () => {
  it('labels every role', () => {
    expect(Object.keys(ROLE_AT_ORGANIZATION_LABELS).sort()).toEqual(
      [...ROLES_AT_ORGANIZATION].sort(),
    )
  })

  it('resolves a hedgehog config field by field, keeping unknown keys', () => {
    expect(resolveHedgehogConfig(null)).toEqual(HEDGEHOG_DEFAULTS)
    const resolved = resolveHedgehogConfig({
      enabled: true,
      skin: 'ghosthog',
      color: 'red',
      extra: 1,
    })
    expect(resolved).toEqual({ ...HEDGEHOG_DEFAULTS, enabled: true, color: 'red', extra: 1 })
  })
})
