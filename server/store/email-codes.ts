import type { Db } from './db'

export interface EmailCodeRow {
  target_email: string
  code_hash: string
  issued_at: number
}

/** One slot per user, as PostHog's Redis key: storing a code replaces the previous one and its attempts. */
export function upsertEmailCode(
  db: Db,
  userId: number,
  target: string,
  hash: string,
  issuedAt: number,
) {
  db.prepare(
    `INSERT INTO email_codes (user_id, target_email, code_hash, issued_at, attempts) VALUES (?, ?, ?, ?, 0)
     ON CONFLICT(user_id) DO UPDATE SET target_email = excluded.target_email, code_hash = excluded.code_hash,
       issued_at = excluded.issued_at, attempts = 0`,
  ).run(userId, target, hash, issuedAt)
}

export function deleteEmailCode(db: Db, userId: number) {
  db.prepare('DELETE FROM email_codes WHERE user_id = ?').run(userId)
}

/** Deletes exactly this code; false when a concurrent request used or replaced it first. */
export function deleteEmailCodeByHash(db: Db, userId: number, hash: string): boolean {
  return (
    db.prepare('DELETE FROM email_codes WHERE user_id = ? AND code_hash = ?').run(userId, hash)
      .changes === 1
  )
}

export function refundEmailCodeAttempt(db: Db, userId: number, hash: string) {
  db.prepare(
    'UPDATE email_codes SET attempts = max(attempts - 1, 0) WHERE user_id = ? AND code_hash = ?',
  ).run(userId, hash)
}

export function findEmailCode(db: Db, userId: number): EmailCodeRow | undefined {
  return db
    .prepare('SELECT target_email, code_hash, issued_at FROM email_codes WHERE user_id = ?')
    .get(userId) as EmailCodeRow | undefined
}

/** Counts an attempt in one conditional UPDATE, so parallel guesses cannot exceed the budget. */
export function reserveEmailCodeAttempt(
  db: Db,
  userId: number,
  hash: string,
  maxAttempts: number,
): boolean {
  return (
    db
      .prepare(
        'UPDATE email_codes SET attempts = attempts + 1 WHERE user_id = ? AND code_hash = ? AND attempts < ?',
      )
      .run(userId, hash, maxAttempts).changes !== 0
  )
}

export function emailCodeExists(db: Db, userId: number, hash: string): boolean {
  return Boolean(
    db
      .prepare('SELECT 1 AS x FROM email_codes WHERE user_id = ? AND code_hash = ?')
      .get(userId, hash),
  )
}
