import {
  bumpTotpFailures,
  findTotpThrottle,
  resetTotpFailures,
  hasTotpDevice as storeHasTotpDevice,
  type TotpThrottle,
} from '../store/totp-devices'
import { findUserById, type UserRow } from '../store/users'
import { hasVerifiedCredential } from '../store/webauthn-credentials'
import { consumeBackupCode } from './backup-codes'
import type { Deps } from './context'
import type { Mail } from './mail'
import { verifyDeviceToken } from './totp'

/**
 * PostHog queues these notices on Celery (`send_…_email.delay`), so a mail failure never fails
 * the request: we log that it failed (never its content) and carry on.
 */
export async function sendSecurityMail(deps: Deps, mail: Mail): Promise<void> {
  try {
    await deps.mailer.send(mail)
  } catch (error) {
    deps.log(
      `mail "${mail.subject}" failed: ${error instanceof Error ? error.message : String(error)}`,
    )
  }
}

/**
 * Passkeys count as a second factor only while a verified one exists and the user's flag is
 * on (has_passkeys AND passkeys_enabled_for_2fa, account-security §1.11): the effective value.
 */
export function passkeysForSecondFactor(deps: Deps, user: UserRow): boolean {
  return user.passkeys_enabled_for_2fa && hasVerifiedCredential(deps.db, user.id)
}

export function hasTotpDevice(deps: Deps, userId: number): boolean {
  return storeHasTotpDevice(deps.db, userId)
}

/** A remembered device skips the code: its run of failures ends as after a right code. */
export function resetTotpThrottle(deps: Deps, userId: number) {
  resetTotpFailures(deps.db, userId)
}

/**
 * django-otp ThrottlingMixin.verify_is_allowed: after n consecutive failures the device
 * refuses every token for 2^(n-1) seconds (OTP_TOTP_THROTTLE_FACTOR = 1).
 */
function isThrottled(t: TotpThrottle, nowMs: number): boolean {
  if (t.failure_count <= 0 || t.failure_at === null) return false
  const delayMs = 1000 * 2 ** Math.min(t.failure_count - 1, 40)
  return nowMs - t.failure_at < delayMs
}

/**
 * The token path of POST /api/login/token (posthog/api/authentication.py TwoFactorViewSet):
 * the device throttle first (so a backup code is refused too while it holds), then TOTP with
 * replay protection, then a single-use backup code; a failure bumps the device throttle. The
 * answer names the device that matched, for the remember-device cookie.
 */
export async function verifyLoginSecondFactor(
  deps: Deps,
  userId: number,
  token: string,
): Promise<'totp' | 'backup_code' | 'invalid' | 'too_many_attempts'> {
  const { db, clock } = deps
  const throttle = findTotpThrottle(db, userId)
  if (throttle && isThrottled(throttle, clock.now())) return 'too_many_attempts'
  if (throttle && verifyDeviceToken(db, userId, token, clock.now())) return 'totp'

  // django-otp counts the TOTP failure before the static device is tried.
  if (throttle) bumpTotpFailures(db, userId, clock.now())

  if (await consumeBackupCode(db, userId, token)) {
    // A valid second factor ends the run of failures (django-otp resets only the static
    // device's counter; resetting the TOTP one too keeps the next TOTP sign-in from waiting).
    resetTotpFailures(db, userId)
    const user = findUserById(db, userId)
    if (user) {
      await sendSecurityMail(deps, {
        to: user.email,
        subject: 'A backup code was used for your account',
        text:
          'A backup code was used to sign in to your PostHog account. It cannot be used again.\n\n' +
          'If this was not you, change your password and generate new backup codes in your account settings.',
      })
    }
    return 'backup_code'
  }
  return 'invalid'
}
