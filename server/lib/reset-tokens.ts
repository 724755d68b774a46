import { createHash, createHmac } from 'node:crypto'
import { PASSWORD_RESET_TIMEOUT_SEC } from '../../contract/password-reset'
import { safeEqual } from './ids'

/**
 * Password reset tokens as Django's PasswordResetTokenGenerator makes them
 * (django/contrib/auth/tokens.py): `<seconds since 2001-01-01 in base36>-<hmac>`, the HMAC
 * (salted_hmac, SHA-256, every other hex digit) over the user's state and that time. Nothing is
 * stored: a token dies when what it was made over changes, so it works once (the reset changes
 * the password hash), not after another password change, and not after a newer reset request
 * (PostHog hashes `requested_password_reset_at`, posthog/models/user.py). Django also hashes the
 * address, so a link mailed to an address the account no longer has dies too.
 */
export interface ResetTokenSubject {
  id: number
  email: string
  password_hash: string | null
  /** requested_password_reset_at in ms, null when none is pending. */
  requested_password_reset_at: number | null
}

const KEY_SALT = 'django.contrib.auth.tokens.PasswordResetTokenGenerator'
const EPOCH_MS = Date.UTC(2001, 0, 1)
const TOKEN = /^([0-9a-z]{1,13})-([0-9a-f]{32})$/

const secondsSinceEpoch = (ms: number) => Math.floor((ms - EPOCH_MS) / 1000)

function hashValue(subject: ResetTokenSubject, timestamp: number): string {
  return [
    subject.id,
    subject.password_hash ?? '',
    subject.requested_password_reset_at ?? '',
    timestamp,
    subject.email.toLowerCase(),
  ].join('\u0000')
}

function mac(secret: string, subject: ResetTokenSubject, timestamp: number): string {
  // salted_hmac: the key is sha256(key_salt + secret).
  const key = createHash('sha256')
    .update(KEY_SALT + secret)
    .digest()
  const hex = createHmac('sha256', key).update(hashValue(subject, timestamp)).digest('hex')
  return [...hex].filter((_, i) => i % 2 === 0).join('')
}

/** A token for `subject` dated `nowMs` (a time in the past makes an older token). */
export function makeResetToken(secret: string, subject: ResetTokenSubject, nowMs: number): string {
  const timestamp = secondsSinceEpoch(nowMs)
  return `${timestamp.toString(36)}-${mac(secret, subject, timestamp)}`
}

/**
 * True when `token` was made for `subject` as it is now, at most `timeoutSec` ago. Anything
 * else, garbage included, is false.
 */
export function checkResetToken(
  secret: string,
  subject: ResetTokenSubject,
  token: string,
  nowMs: number,
  timeoutSec = PASSWORD_RESET_TIMEOUT_SEC,
): boolean {
  const match = TOKEN.exec(token)
  if (!match) return false
  const timestamp = parseInt(match[1]!, 36)
  if (!Number.isSafeInteger(timestamp)) return false
  if (!safeEqual(match[2]!, mac(secret, subject, timestamp))) return false
  return secondsSinceEpoch(nowMs) - timestamp <= timeoutSec
}
