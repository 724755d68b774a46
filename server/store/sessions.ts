import { randomToken, sha256Hex } from '../lib/ids'
import type { Db } from './db'

export interface SessionRow {
  key_hash: string
  user_id: number | null
  created_at: number
  last_reauth_at: number | null
  two_factor_verified: boolean
  pending_2fa_user_id: number | null
  pending_2fa_at: number | null
  totp_setup_secret: string | null
  totp_setup_at: number | null
  /** Web-session metadata (contract account-security §2.1–2.2); null on rows from before it. */
  last_activity: number | null
  short_user_agent: string | null
  location: string | null
  login_method: LoginMethod | null
}

/** PostHog's LOGIN_METHODS values the stand-in can produce ("passkey" comes with issue 17). */
export type LoginMethod = 'password' | 'passkey'

/** What a session records about the browser behind it, at sign-in and at each refresh. */
export type SessionActivity = Pick<SessionRow, 'last_activity' | 'short_user_agent' | 'location'>

type Raw = Record<string, unknown>

const toSession = (r: Raw): SessionRow => ({
  key_hash: r.key_hash as string,
  user_id: (r.user_id as number | null) ?? null,
  created_at: r.created_at as number,
  last_reauth_at: (r.last_reauth_at as number | null) ?? null,
  two_factor_verified: r.two_factor_verified === 1,
  pending_2fa_user_id: (r.pending_2fa_user_id as number | null) ?? null,
  pending_2fa_at: (r.pending_2fa_at as number | null) ?? null,
  totp_setup_secret: (r.totp_setup_secret as string | null) ?? null,
  totp_setup_at: (r.totp_setup_at as number | null) ?? null,
  last_activity: (r.last_activity as number | null) ?? null,
  short_user_agent: (r.short_user_agent as string | null) ?? null,
  location: (r.location as string | null) ?? null,
  login_method: (r.login_method as LoginMethod | null) ?? null,
})

/** Only the sha256 of a session key is stored, so a copy of the database holds no live sessions. */
export function findSession(db: Db, key: string): SessionRow | null {
  const r = db.prepare('SELECT * FROM sessions WHERE key_hash = ?').get(sha256Hex(key)) as
    Raw | undefined
  return r ? toSession(r) : null
}

export interface NewSession {
  user_id: number | null
  created_at: number
  last_reauth_at?: number | null
  two_factor_verified?: boolean
  pending_2fa_user_id?: number | null
  pending_2fa_at?: number | null
  /** A signed-in session's metadata (a pending second-factor one has none). */
  activity?: SessionActivity
  login_method?: LoginMethod | null
}

/** Creates a session and returns its key (the cookie value). */
export function createSession(db: Db, s: NewSession): string {
  const key = randomToken(32)
  db.prepare(
    `INSERT INTO sessions (key_hash, user_id, created_at, last_reauth_at, two_factor_verified,
      pending_2fa_user_id, pending_2fa_at, last_activity, short_user_agent, location, login_method)
      VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(
    sha256Hex(key),
    s.user_id,
    s.created_at,
    s.last_reauth_at ?? null,
    s.two_factor_verified ? 1 : 0,
    s.pending_2fa_user_id ?? null,
    s.pending_2fa_at ?? null,
    s.activity?.last_activity ?? null,
    s.activity?.short_user_agent ?? null,
    s.activity?.location ?? null,
    s.login_method ?? null,
  )
  return key
}

export function deleteSession(db: Db, keyHash: string) {
  db.prepare('DELETE FROM sessions WHERE key_hash = ?').run(keyHash)
}

/**
 * Signs the user out everywhere but the given session (PostHog does this after sensitive
 * changes), expired rows not yet purged included; returns how many rows went.
 */
export function deleteOtherSessions(db: Db, userId: number, keepKeyHash: string | null): number {
  return db
    .prepare('DELETE FROM sessions WHERE user_id = ? AND key_hash IS NOT ?')
    .run(userId, keepKeyHash).changes
}

/**
 * Ends every sign-in of the user still waiting at its second step (a password was right, no code
 * yet): after the password changes, a sign-in begun with the old one must not finish. Ours, not
 * PostHog's (ADR 0004).
 */
export function endPendingSignIns(db: Db, userId: number) {
  db.prepare(
    'UPDATE sessions SET pending_2fa_user_id = NULL, pending_2fa_at = NULL WHERE pending_2fa_user_id = ?',
  ).run(userId)
}

/**
 * The user's sessions created after `createdAfter` (the unexpired ones; all with 0), by
 * last activity, newest first and never-active last, then newest sign-in first.
 */
export function userSessions(db: Db, userId: number, createdAfter = 0): SessionRow[] {
  return (
    db
      .prepare(
        `SELECT * FROM sessions WHERE user_id = ? AND created_at > ?
         ORDER BY last_activity IS NULL, last_activity DESC, created_at DESC`,
      )
      .all(userId, createdAfter) as Raw[]
  ).map(toSession)
}

/** Returns whether the session still existed. */
export function updateSession(
  db: Db,
  keyHash: string,
  changes: Partial<Omit<SessionRow, 'key_hash'>>,
): boolean {
  const keys = Object.keys(changes)
  if (keys.length === 0) return false
  const values = keys.map((k) => {
    const v = changes[k as keyof typeof changes]
    return typeof v === 'boolean' ? (v ? 1 : 0) : v
  })
  return (
    db
      .prepare(`UPDATE sessions SET ${keys.map((k) => `${k} = ?`).join(', ')} WHERE key_hash = ?`)
      .run(...values, keyHash).changes === 1
  )
}

/**
 * Consumes the session's pending TOTP secret only if it is still the one verified, so a double
 * submit enrols once; the session counts as two-factor verified from then on.
 */
export function claimTotpSetupSecret(db: Db, keyHash: string, secret: string): boolean {
  return (
    db
      .prepare(
        `UPDATE sessions SET totp_setup_secret = NULL, totp_setup_at = NULL, two_factor_verified = 1
         WHERE key_hash = ? AND totp_setup_secret = ?`,
      )
      .run(keyHash, secret).changes === 1
  )
}
