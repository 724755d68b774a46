import { formatDateTime, formatTimeAgo } from '../../lib/dates'
import { sessionsStrings as s } from './strings'

/** Brand and protocol names read the same in every language. */
const PROPER_NAMES: Record<string, string> = {
  'google-oauth2': 'Google',
  github: 'GitHub',
  gitlab: 'GitLab',
  saml: 'SAML',
  oidc: 'OIDC',
}

/**
 * PostHog's LOGIN_METHODS value as a person reads it; a value this app does not know yet is shown
 * as it came, and none at all (a GitHub login on some versions, a legacy row) as "Unknown".
 */
export function loginMethodName(method: string | null): string {
  if (method === null || method === '') return s.unknown
  if (method === 'password' || method === 'passkey') return s.methods[method]
  return PROPER_NAMES[method] ?? method
}

/** The device as PostHog derived it from the User-Agent; its spacing may be ragged. */
export const deviceName = (device: string | null) =>
  device?.replace(/\s+/g, ' ').trim() || s.unknownDevice

export const startedAt = (iso: string | null) => (iso ? formatDateTime(iso) : s.unknown)

/** "Active now" within the minute, "5 minutes ago" within the week, else the date and time. */
export function lastActive(iso: string | null, now = Date.now()): string {
  if (!iso) return s.unknown
  const at = new Date(iso).getTime()
  if (!Number.isNaN(at) && now - at < 60_000) return s.activeNow
  return formatTimeAgo(iso, now) ?? formatDateTime(iso)
}
