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
import { exampleUser } from './example-user'
import { userListSchema, userSchema, userUpdateSchema } from './user'

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
