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
}

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
}

/** Creates a session and returns its key (the cookie value). */
export function createSession(db: Db, s: NewSession): string {
  const key = randomToken(32)
  db.prepare(
    `INSERT INTO sessions (key_hash, user_id, created_at, last_reauth_at, two_factor_verified,
      pending_2fa_user_id, pending_2fa_at) VALUES (?, ?, ?, ?, ?, ?, ?)`,
  ).run(
    sha256Hex(key),
    s.user_id,
    s.created_at,
    s.last_reauth_at ?? null,
    s.two_factor_verified ? 1 : 0,
    s.pending_2fa_user_id ?? null,
    s.pending_2fa_at ?? null,
  )
  return key
}

export function deleteSession(db: Db, keyHash: string) {
  db.prepare('DELETE FROM sessions WHERE key_hash = ?').run(keyHash)
}

/** Signs the user out everywhere but the given session (PostHog does this after sensitive changes). */
export function deleteOtherSessions(db: Db, userId: number, keepKeyHash: string | null) {
  db.prepare('DELETE FROM sessions WHERE user_id = ? AND key_hash IS NOT ?').run(
    userId,
    keepKeyHash,
  )
}

export function updateSession(
  db: Db,
  keyHash: string,
  changes: Partial<Omit<SessionRow, 'key_hash'>>,
) {
  const keys = Object.keys(changes)
  if (keys.length === 0) return
  const values = keys.map((k) => {
    const v = changes[k as keyof typeof changes]
    return typeof v === 'boolean' ? (v ? 1 : 0) : v
  })
  db.prepare(
    `UPDATE sessions SET ${keys.map((k) => `${k} = ?`).join(', ')} WHERE key_hash = ?`,
  ).run(...values, keyHash)
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
