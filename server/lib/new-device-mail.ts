import type { LoginMethod } from '../store/sessions'
import type { UserRow } from '../store/users'
import type { Ctx } from './context'
import { isKnownDevice } from './device-cookies'
import { countryOf } from './location'
import { sendSecurityMail } from './second-factor'
import { clientIp } from './session-activity'
import { shortUserAgent } from './user-agent'

/**
 * PostHog's new-device sign-in mail (login_from_new_device_notification, contract
 * account-security §3.3–3.4), to the dev mailbox locally. What we do differently is in
 * docs/decisions/0004-server-differences-from-posthog.md.
 */

/** AUTH_BACKEND_DISPLAY_NAMES for the methods the stand-in has. */
const METHOD_NAMES: Record<LoginMethod, string> = {
  password: 'Email/password',
  passkey: 'Passkey',
}

const MONTHS = [
  'January', 'February', 'March', 'April', 'May', 'June',
  'July', 'August', 'September', 'October', 'November', 'December',
] // prettier-ignore

/** strftime("%B %-d, %Y at %H:%M UTC"): "June 1, 2025 at 09:05 UTC". */
export function loginTimeText(ms: number): string {
  const d = new Date(ms)
  const hh = String(d.getUTCHours()).padStart(2, '0')
  const mm = String(d.getUTCMinutes()).padStart(2, '0')
  return `${MONTHS[d.getUTCMonth()]} ${d.getUTCDate()}, ${d.getUTCFullYear()} at ${hh}:${mm} UTC`
}

/**
 * Asked before the sign-in issues its cookie: not a re-auth (the session is already this
 * user's), no valid known-device cookie, and a current organization (PostHog's task stops
 * without one).
 */
export function isNewDeviceSignIn(c: Ctx, user: UserRow): boolean {
  if (c.get('session')?.user_id === user.id) return false
  if (user.current_organization_id === null) return false
  return !isKnownDevice(c, user)
}

export async function sendNewDeviceMail(c: Ctx, user: UserRow, method: LoginMethod) {
  const deps = c.get('deps')
  const ip = clientIp(c)
  const lines = [
    'We spotted a login from a new device',
    '',
    "Someone (hopefully you) logged into your PostHog account from a new device. If this wasn't you, please reset your password.",
    '',
    `Time: ${loginTimeText(deps.clock.now())}`,
    `Location: ${countryOf(ip) ?? 'Unknown'}`,
    `Browser: ${shortUserAgent(c.req.header('User-Agent')) ?? 'Unknown'}`,
    `Login method: ${METHOD_NAMES[method]}`,
    `IP: ${ip ?? ''}`,
    '',
    "If this was you though, you don't have to do anything except delete this email.",
  ]
  await sendSecurityMail(deps, {
    to: user.email,
    subject: 'A new device logged into your account',
    text: lines.join('\n'),
  })
}
