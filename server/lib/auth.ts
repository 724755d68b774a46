import type { MiddlewareHandler } from 'hono'
import { deleteCookie, getCookie, setCookie } from 'hono/cookie'
import { findSession, deleteSession, type SessionRow } from '../store/sessions'
import { findUserById } from '../store/users'
import { sha256Hex } from './ids'
import { findPersonalApiKey, touchPersonalApiKey } from '../store/personal-api-keys'
import { grants, keyAuth } from './api-key-scopes'
import type { AppEnv, Auth, Ctx, Deps } from './context'
import { enforceCsrf, isSafeMethod } from './csrf'
import { refreshActivity } from './session-activity'
import { authenticationFailed, notAuthenticated, permissionDenied, reauthRequired } from './errors'

export const SESSION_COOKIE = 'sessionid'

export function setSessionCookie(c: Ctx, key: string) {
  const { config } = c.get('deps')
  setCookie(c, SESSION_COOKIE, key, {
    path: '/',
    httpOnly: true,
    sameSite: 'Lax',
    maxAge: config.sessionAgeSec,
    secure: config.secureCookies,
  })
}

export function clearSessionCookie(c: Ctx) {
  deleteCookie(c, SESSION_COOKIE, { path: '/' })
}

/**
 * Loads the session behind the cookie; an expired one is deleted (SessionAgeMiddleware).
 * After the answer, a signed-in session not used through a key has its activity refreshed, at
 * most once a minute (UserAuthSessionActivityMiddleware, server/lib/session-activity.ts).
 */
export const loadSession: MiddlewareHandler<AppEnv> = async (c, next) => {
  const { db, clock, config } = c.get('deps')
  const key = getCookie(c, SESSION_COOKIE)
  let session: SessionRow | null = key ? findSession(db, key) : null
  if (session && clock.now() - session.created_at > config.sessionAgeSec * 1000) {
    deleteSession(db, session.key_hash)
    session = null
  }
  c.set('session', session)
  c.set('auth', null)
  await next()
  if (session?.user_id && c.get('auth')?.kind !== 'key') refreshActivity(c, session)
}

const BEARER = /^Bearer\s+(\S.+)$/

/**
 * The personal API key of an `Authorization: Bearer` header, or null when there is none.
 * pha_ tokens are OAuth access tokens, left to another authenticator in PostHog.
 */
export function bearerKey(header: string | undefined): string | null {
  const match = header ? BEARER.exec(header) : null
  if (!match || match[1]!.startsWith('pha_')) return null
  return match[1]!.trim()
}

/** `last_used_at` is written when null or more than this old (PostHog, to keep reads cheap). */
export const KEY_LAST_USED_INTERVAL_MS = 3_600_000

export interface KeyAuth {
  auth: Extract<Auth, { kind: 'key' }>
  /** The row's `last_used_at` after this use: when the next write of it falls due. */
  lastUsedAt: number
}

/**
 * PersonalAPIKeyAuthentication: the key's sha256 (how it is stored; no slow KDF here), an
 * active owner, `last_used_at` at most hourly and never backwards. Throws 401 otherwise.
 */
export function authenticateKey(deps: Pick<Deps, 'db' | 'clock'>, key: string): KeyAuth {
  const { db, clock } = deps
  const row = findPersonalApiKey(db, 'sha256$' + sha256Hex(key))
  const user = row ? findUserById(db, row.user_id) : null
  if (!row || !user?.is_active) {
    throw authenticationFailed('Personal API key found in request Authorization header is invalid.')
  }
  const now = clock.now()
  let lastUsedAt = row.last_used_at
  if (lastUsedAt === null || now - lastUsedAt > KEY_LAST_USED_INTERVAL_MS) {
    touchPersonalApiKey(db, row.id, now)
    lastUsedAt = now
  }
  return { auth: keyAuth(row, user), lastUsedAt }
}

/** Resolves who is calling: a signed-in session first, then a personal API key. */
export function authenticate(c: Ctx): Auth | null {
  const cached = c.get('auth')
  if (cached) return cached
  const deps = c.get('deps')
  const session = c.get('session')
  if (session?.user_id) {
    const user = findUserById(deps.db, session.user_id)
    if (user?.is_active) {
      const auth: Auth = { kind: 'session', user, session }
      c.set('auth', auth)
      return auth
    }
  }
  const key = bearerKey(c.req.header('Authorization'))
  if (!key) return null
  const { auth } = authenticateKey(deps, key)
  c.set('auth', auth)
  return auth
}

export type Scope = 'user:read' | 'user:write'

export interface Guard {
  /** Scope a personal API key needs; null refuses keys (PostHog's custom actions). */
  scope: Scope | null
  /** Session writes must be within the sensitive window (TimeSensitiveActionPermission). */
  sensitive?: boolean
  /** Session auth only: keys get 401 as on DELETE /api/users/@me/. */
  sessionOnly?: boolean
}

/** A key's scopes grant `scope` (a write grant also satisfies the read check; server/lib/api-key-scopes.ts). */
export const hasScope = (scopes: string[], scope: Scope): boolean => grants(scopes, scope)

/** The permission checks every users endpoint runs, in PostHog's order. */
export function requireUser(c: Ctx, guard: Guard): Auth {
  const auth = authenticate(c)
  if (!auth) throw notAuthenticated()
  if (auth.kind === 'key') {
    if (guard.sessionOnly) throw notAuthenticated()
    if (guard.scope === null)
      throw permissionDenied('This action does not support Personal API Key access')
    if (!hasScope(auth.scopes, guard.scope))
      throw permissionDenied(`API key missing required scope '${guard.scope}'`)
    return auth
  }
  if (!isSafeMethod(c.req.method)) {
    enforceCsrf(c)
    if (guard.sensitive && !isRecentlyAuthenticated(c, auth.session)) throw reauthRequired()
  }
  return auth
}

export function sensitiveReference(s: SessionRow): number {
  return Math.max(s.created_at, s.last_reauth_at ?? 0)
}

export function isRecentlyAuthenticated(c: Ctx, s: SessionRow): boolean {
  const { clock, config } = c.get('deps')
  return clock.now() - sensitiveReference(s) <= config.sensitiveWindowSec * 1000
}
