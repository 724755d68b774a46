import type { Db } from './db'

/** users.requested_password_reset_at (ms), null when no reset is pending. */
export function resetRequestedAt(db: Db, userId: number): number | null {
  const row = db
    .prepare('SELECT requested_password_reset_at AS at FROM users WHERE id = ?')
    .get(userId) as { at: number | null } | undefined
  return row?.at ?? null
}

export function setResetRequestedAt(db: Db, userId: number, at: number | null) {
  db.prepare('UPDATE users SET requested_password_reset_at = ? WHERE id = ?').run(at, userId)
}
