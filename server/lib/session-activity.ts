import { createHash } from 'node:crypto'
import { getConnInfo } from '@hono/node-server/conninfo'
import { updateSession, type SessionActivity, type SessionRow } from '../store/sessions'
import { findUserById } from '../store/users'
import type { Ctx } from './context'
import { issueKnownDevice } from './device-cookies'
import { locationOf } from './location'
import { shortUserAgent } from './user-agent'

/**
 * A web session's metadata (contract account-security §2.1–2.2): the device and place of the
 * browser, and when it was last active, written at sign-in and refreshed afterwards.
 */

/**
 * How often `last_activity` (with the device and place) is rewritten: once a minute, as issue
 * 16 asks; PostHog's UserAuthSessionActivityMiddleware does it every five (ADR 0004).
 */
export const ACTIVITY_REFRESH_MS = 60_000

/** PostHog's get_ip_address: the first X-Forwarded-For entry, else the peer; an `ip:port` loses its port. */
export function clientIp(c: Ctx): string | null {
  let ip = c.req.header('X-Forwarded-For')?.split(',')[0]?.trim() || null
  if (!ip) {
    try {
      ip = getConnInfo(c).remote.address ?? null
    } catch {
      ip = null // not behind @hono/node-server (an in-process request)
    }
  }
  if (ip?.startsWith('::ffff:')) ip = ip.slice('::ffff:'.length)
  if (ip && ip.split(':').length === 2) ip = ip.split(':')[0]!
  return ip
}

/** What this request says about the browser: its device and place, active now. */
export function requestActivity(c: Ctx): SessionActivity {
  return {
    last_activity: c.get('deps').clock.now(),
    short_user_agent: shortUserAgent(c.req.header('User-Agent')),
    location: locationOf(clientIp(c)),
  }
}

/**
 * After a session-authenticated request (never a key's): rewrites the session's activity when
 * the last write is at least ACTIVITY_REFRESH_MS old, or always with `force` (the list
 * endpoint). The row object is updated too, so one request writes at most once.
 */
export function refreshActivity(c: Ctx, session: SessionRow, force = false) {
  const { db, clock } = c.get('deps')
  const last = session.last_activity
  if (!force && last !== null && clock.now() - last < ACTIVITY_REFRESH_MS) return
  const activity = requestActivity(c)
  const exists = updateSession(db, session.key_hash, activity)
  Object.assign(session, activity)
  // KnownLoginDeviceCookieMiddleware re-issues the cookie on every answer; we do it with this
  // write (a fresh age, and valid again under a password changed since), not on every request.
  const user = exists && session.user_id ? findUserById(db, session.user_id) : null
  if (user?.is_active) issueKnownDevice(c, user)
}

/** A fixed namespace for the public ids (PostHog: uuid5 of a fixed namespace and the key). */
const NAMESPACE = Buffer.from('5f0c8a4e2b7d4e19a6b3c1d2e3f40516', 'hex')

/**
 * The public id of a session: a version-5 UUID of the stored key hash, stable for the
 * session's life, and telling nothing about the key (only its sha256 is kept anyway).
 */
export function sessionPublicId(keyHash: string): string {
  const bytes = createHash('sha1').update(NAMESPACE).update(keyHash).digest().subarray(0, 16)
  bytes[6] = (bytes[6]! & 0x0f) | 0x50
  bytes[8] = (bytes[8]! & 0x3f) | 0x80
  const hex = bytes.toString('hex')
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`
}
