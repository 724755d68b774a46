import * as OTPAuth from 'otpauth'
import type { Db } from '../store/db'
import { claimTotpSetupSecret } from '../store/sessions'
import { claimTotpStep, findTotpDevice, saveTotpDevice } from '../store/totp-devices'
import { safeEqual } from './ids'
import { normaliseTotpToken, TOTP_DIGITS } from '../../contract/two-factor'

/**
 * TOTP as PostHog configures django-otp's TOTPDevice (RFC 6238): HMAC-SHA-1, 6 digits, 30 s
 * steps from t0 = 0, tolerance one step either side (two_factor/forms.py TOTPDeviceForm).
 */
export const TOTP_PERIOD_SEC = 30
export const TOTP_TOLERANCE = 1

/**
 * django_otp.util.random_hex(20): 20 random bytes (160 bits, RFC 4226 R6's recommendation),
 * shown as 32 base32 characters with no "=" padding.
 */
export function newTotpSecret(): string {
  return new OTPAuth.Secret({ size: 20 }).base32
}

/** RFC 4226 HOTP of one counter value; TOTP is HOTP of the time step. */
export function hotpCode(secretBase32: string, counter: number, digits = TOTP_DIGITS): string {
  const secret = OTPAuth.Secret.fromBase32(secretBase32)
  return OTPAuth.HOTP.generate({ secret, algorithm: 'SHA1', digits, counter })
}

export const timeStep = (nowMs: number) => Math.floor(nowMs / 1000 / TOTP_PERIOD_SEC)

export function totpCodeAt(secretBase32: string, nowMs: number, digits = TOTP_DIGITS): string {
  return hotpCode(secretBase32, timeStep(nowMs), digits)
}

export interface TotpMatch {
  /** The time step the code belongs to: stored as last_step so it cannot be replayed. */
  step: number
  /** How many steps the prover's clock is off (recorded as drift, for information only). */
  offset: number
}

/**
 * Finds the step within ±1 of now whose code is `token`, considering only steps after
 * `afterStep` (django-otp's last_t + 1 rule, RFC 6238 §5.2's one-time use). Stored drift is
 * deliberately not applied: the window stays one step either side of real time.
 */
export function matchTotp(
  secretBase32: string,
  token: unknown,
  nowMs: number,
  afterStep = -1,
): TotpMatch | null {
  const code = normaliseTotpToken(token)
  if (code === null) return null
  const now = timeStep(nowMs)
  let found: TotpMatch | null = null
  for (let offset = -TOTP_TOLERANCE; offset <= TOTP_TOLERANCE; offset++) {
    const step = now + offset
    if (step <= afterStep || step < 0) continue
    // Compare every candidate in constant time and do not stop early, so timing says nothing.
    if (safeEqual(hotpCode(secretBase32, step), code) && !found) found = { step, offset }
  }
  return found
}

/**
 * Checks a sign-in code against the user's device. The step is claimed with one conditional
 * UPDATE, so of two simultaneous submissions of one code exactly one sees `changes === 1`.
 * A success also clears django-otp's failure throttle.
 */
export function verifyDeviceToken(db: Db, userId: number, token: unknown, nowMs: number): boolean {
  const row = findTotpDevice(db, userId)
  if (!row) return false
  const match = matchTotp(row.secret, token, nowMs, row.last_step)
  if (!match) return false
  return claimTotpStep(db, userId, match.step, match.offset)
}

export interface Enrolment {
  userId: number
  sessionKeyHash: string
  secret: string
  match: TotpMatch
  nowMs: number
}

/**
 * Saves the device with the setup code's step as last_step (so that code cannot be the first
 * sign-in code) and consumes the session's pending secret in the same transaction. The pending
 * secret is cleared only if it is still the one verified, so a double submit enrols once.
 */
export function enrolTotpDevice(db: Db, e: Enrolment): boolean {
  return db.transaction(() => {
    if (!claimTotpSetupSecret(db, e.sessionKeyHash, e.secret)) return false
    saveTotpDevice(db, {
      userId: e.userId,
      secret: e.secret,
      step: e.match.step,
      drift: e.match.offset,
      createdAt: e.nowMs,
    })
    return true
  })()
}

export { deleteTotpDevice } from '../store/totp-devices'
