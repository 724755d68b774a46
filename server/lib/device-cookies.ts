import { createHmac, randomUUID } from 'node:crypto'
import { getCookie, setCookie } from 'hono/cookie'
import { serverSecret } from '../store/secrets'
import { totpDeviceSecret } from '../store/totp-devices'
import type { UserRow } from '../store/users'
import type { Ctx } from './context'
import { safeEqual, sha256Hex } from './ids'

/**
 * PostHog's two device cookies (../shared/contract/posthog-account-security-api.md §3 and §4),
 * in our own signed format: HMAC-SHA256 under a per-database secret, each bound to the user's
 * password hash, so a password change or reset kills them all.
 */

const KNOWN_DEVICE_AGE_SEC = 63_072_000
/** PostHog asks for two years; browsers keep a cookie at most 400 days (RFC 6265bis). */
const KNOWN_DEVICE_COOKIE_MAX_AGE_SEC = 34_560_000
const REMEMBER_AGE_SEC = 2_592_000
export const REMEMBER_PREFIX = 'remember-cookie_'

const sign = (c: Ctx, message: string) =>
  createHmac('sha256', serverSecret(c.get('deps').db, 'device_cookies'))
    .update(message)
    .digest('base64url')

const nowSec = (c: Ctx) => Math.floor(c.get('deps').clock.now() / 1000)

/** `<value>:<timestamp>:<mac>` when the MAC checks and it is at most `maxAgeSec` old. */
function readSigned(c: Ctx, raw: string | undefined, salt: string, maxAgeSec: number) {
  const parts = raw?.split(':')
  if (!parts || parts.length !== 3) return null
  const [value, stamp, mac] = parts as [string, string, string]
  const issued = Number.parseInt(stamp, 36)
  if (!Number.isSafeInteger(issued) || nowSec(c) - issued > maxAgeSec || issued > nowSec(c) + 60)
    return null
  return safeEqual(mac, sign(c, `${salt}|${value}|${stamp}`)) ? value : null
}

function writeSigned(c: Ctx, value: string, salt: string): string {
  const stamp = nowSec(c).toString(36)
  return `${value}:${stamp}:${sign(c, `${salt}|${value}|${stamp}`)}`
}

const knownDeviceName = (user: UserRow) => `ph_device_${user.id}`
const knownDeviceSalt = (user: UserRow) =>
  `posthog.known_device_cookie:${user.uuid}:${user.password_hash ?? ''}`

/** KnownLoginDeviceCookieMiddleware: issued (again, for two years) at every session sign-in. */
export function issueKnownDevice(c: Ctx, user: UserRow) {
  setCookie(c, knownDeviceName(user), writeSigned(c, String(user.id), knownDeviceSalt(user)), {
    path: '/',
    httpOnly: true,
    sameSite: 'Lax',
    maxAge: KNOWN_DEVICE_COOKIE_MAX_AGE_SEC,
    secure: c.get('deps').config.secureCookies,
  })
}

/** Whether this browser has signed in as `user` before (it only ever suppresses a mail). */
export function isKnownDevice(c: Ctx, user: UserRow): boolean {
  const raw = getCookie(c, knownDeviceName(user))
  return readSigned(c, raw, knownDeviceSalt(user), KNOWN_DEVICE_AGE_SEC) === String(user.id)
}

/**
 * The second-factor device a remember cookie is bound to, as django-otp's persistent_id: the
 * TOTP enrolment (a new one after disable and set-up again), or the backup codes, whose cookie
 * therefore never skips the TOTP step.
 */
export function totpDeviceId(c: Ctx, userId: number): string | null {
  const secret = totpDeviceSecret(c.get('deps').db, userId)
  return secret ? `otp_totp.totpdevice/${sha256Hex(secret).slice(0, 16)}` : null
}
export const staticDeviceId = (userId: number) => `otp_static.staticdevice/${userId}`

const rememberSalt = (user: UserRow, deviceId: string) =>
  `remember:${deviceId}:${user.id}:${user.password_hash ?? ''}`

/** Set after every second-factor sign-in (no checkbox, as PostHog): one new cookie each time. */
export function issueRememberDevice(c: Ctx, user: UserRow, deviceId: string) {
  setCookie(c, REMEMBER_PREFIX + randomUUID(), writeSigned(c, 'r', rememberSalt(user, deviceId)), {
    path: '/',
    httpOnly: true,
    sameSite: 'Strict',
    maxAge: REMEMBER_AGE_SEC,
    secure: c.get('deps').config.secureCookies,
  })
}

/** Whether any remember cookie of this browser is valid for `user`'s device `deviceId`. */
export function isRememberedDevice(c: Ctx, user: UserRow, deviceId: string): boolean {
  const salt = rememberSalt(user, deviceId)
  return Object.entries(getCookie(c)).some(
    ([name, raw]) =>
      name.startsWith(REMEMBER_PREFIX) && readSigned(c, raw, salt, REMEMBER_AGE_SEC) === 'r',
  )
}
