import * as z from 'zod/mini'
import { drfField, refuseRequired } from './drf'

// 20 random bytes, base32 without padding: 32 chars (django_otp random_hex, posthog/api/user.py).
export const twoFactorStartSetupResponseSchema = z.object({
  success: z.literal(true),
  secret: z.string().check(z.regex(/^[A-Z2-7]{16,}$/)),
})
export type TwoFactorStartSetupResponse = z.infer<typeof twoFactorStartSetupResponseSchema>

// RFC 6238 as PostHog configures django-otp's TOTPDevice: six digits.
export const TOTP_DIGITS = 6

/**
 * The token as django-otp reads it: an integer, so "12345" is the code 012345. Anything else
 * (letters, a backup code, more than six digits) is no TOTP code.
 */
export function normaliseTotpToken(token: unknown): string | null {
  if (typeof token === 'number') {
    return Number.isInteger(token) && token >= 0 && token < 10 ** TOTP_DIGITS
      ? String(token).padStart(TOTP_DIGITS, '0')
      : null
  }
  if (typeof token !== 'string') return null
  const trimmed = token.trim()
  return /^\d{1,6}$/.test(trimmed) ? trimmed.padStart(TOTP_DIGITS, '0') : null
}

// TOTPDeviceForm reads an IntegerField 0-999999; the SPA always sends six digits.
export const twoFactorValidateBodySchema = z.object({
  token: z.string().check(z.regex(/^\d{6}$/)),
})
export type TwoFactorValidateBody = z.infer<typeof twoFactorValidateBodySchema>

export const twoFactorMethodSchema = z.nullable(z.enum(['TOTP', 'passkey']))
export type TwoFactorMethod = z.infer<typeof twoFactorMethodSchema>

// Newest TwoFactorStatusSerializer: only a count; codes are shown once, when generated.
export const twoFactorStatusNewestSchema = z.object({
  is_enabled: z.boolean(),
  backup_codes_remaining: z.int().check(z.gte(0)),
  method: twoFactorMethodSchema,
  has_passkeys: z.boolean(),
  has_totp: z.boolean(),
  passkeys_enabled_for_2fa: z.boolean(),
})
// Older versions returned the live codes themselves (older posthog/api/test/test_user.py uses
// digits like "123456", so no backup-code format check here) and predate passkeys.
export const twoFactorStatusLegacySchema = z.object({
  is_enabled: z.boolean(),
  backup_codes: z.array(z.string()),
  method: z.optional(twoFactorMethodSchema),
  has_passkeys: z.optional(z.boolean()),
  has_totp: z.optional(z.boolean()),
  passkeys_enabled_for_2fa: z.optional(z.boolean()),
})
export const twoFactorStatusSchema = z.union([
  twoFactorStatusNewestSchema,
  twoFactorStatusLegacySchema,
])
export type TwoFactorStatus = z.infer<typeof twoFactorStatusSchema>

export type NormalisedTwoFactorStatus = {
  isEnabled: boolean
  method: TwoFactorMethod
  hasTotp: boolean
  hasPasskeys: boolean
  passkeysEnabledFor2fa: boolean
  backupCodesRemaining: number
  /** The live codes: only the older API returns them; null means "not shown by this server". */
  backupCodes: string[] | null
}

export function normaliseTwoFactorStatus(status: TwoFactorStatus): NormalisedTwoFactorStatus {
  if ('backup_codes_remaining' in status) {
    return {
      isEnabled: status.is_enabled,
      method: status.method,
      hasTotp: status.has_totp,
      hasPasskeys: status.has_passkeys,
      passkeysEnabledFor2fa: status.passkeys_enabled_for_2fa,
      backupCodesRemaining: status.backup_codes_remaining,
      backupCodes: null,
    }
  }
  // Before passkeys, "enabled" could only mean a TOTP device.
  const method = status.method !== undefined ? status.method : status.is_enabled ? 'TOTP' : null
  return {
    isEnabled: status.is_enabled,
    method,
    hasTotp: status.has_totp ?? method === 'TOTP',
    hasPasskeys: status.has_passkeys ?? false,
    passkeysEnabledFor2fa: status.passkeys_enabled_for_2fa ?? false,
    backupCodesRemaining: status.backup_codes.length,
    backupCodes: status.backup_codes,
  }
}

// StaticToken.random_token(): base32 of 5 random bytes, lower-cased (django-otp otp_static).
export const BACKUP_CODE_PATTERN = /^[a-z2-7]{8}$/
export const backupCodeSchema = z.string().check(z.regex(BACKUP_CODE_PATTERN))

/** People type a code in capitals or with spaces and dashes; null when it is no backup code then. */
export function normaliseBackupCode(input: unknown): string | null {
  if (typeof input !== 'string') return null
  const code = input.replace(/[\s-]/g, '').toLowerCase()
  return BACKUP_CODE_PATTERN.test(code) ? code : null
}
export type BackupCode = z.infer<typeof backupCodeSchema>

// POST two_factor_backup_codes deletes every old code and returns 10 new ones.
export const twoFactorBackupCodesResponseSchema = z.object({
  backup_codes: z.array(backupCodeSchema),
})
export type TwoFactorBackupCodesResponse = z.infer<typeof twoFactorBackupCodesResponseSchema>

export const twoFactorDisableResponseSchema = z.object({ success: z.literal(true) })
export type TwoFactorDisableResponse = z.infer<typeof twoFactorDisableResponseSchema>

export const twoFactorValidateResponseSchema = twoFactorDisableResponseSchema
export type TwoFactorValidateResponse = z.infer<typeof twoFactorValidateResponseSchema>

// two_factor_validate as the server reads it: PostHog reads request.data["token"] (a KeyError, a
// 500, when absent); the stand-in answers `required`. A number is the integer TOTPDeviceForm reads.
export const twoFactorValidateRequestSchema = z.object({
  token: drfField((token): string | number =>
    typeof token === 'number' || (typeof token === 'string' && token.trim() !== '')
      ? token
      : refuseRequired(),
  ),
})
