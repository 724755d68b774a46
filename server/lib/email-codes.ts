import { randomInt } from 'node:crypto'
import type { Db } from '../store/db'
import type { Deps } from './context'
import { hashSecret, verifySecret } from './passwords'

/** CODE_MAX_ATTEMPTS in posthog/helpers/two_factor_session.py: wrong tries allowed per issued code. */
export const MAX_CODE_ATTEMPTS = 5

/**
 * The hash binds the code to the user and the address it was sent to, so a code cannot be
 * replayed for another address. It is a salted scrypt: a copy of the database does not give
 * the 6 digits back before the code expires (a million scrypt runs take hours).
 */
const secretOf = (userId: number, target: string, code: string) => `${userId}:${target}:${code}`

export interface NewCode {
  code: string
  hash: string
}

/** A fresh 6-digit code (crypto.randomInt, zero-padded) and its hash. */
export async function newCode(userId: number, target: string): Promise<NewCode> {
  const code = String(randomInt(0, 1_000_000)).padStart(6, '0')
  return { code, hash: await hashSecret(secretOf(userId, target, code)) }
}

/** One slot per user, as PostHog's Redis key: storing a code replaces the previous one and its attempts. */
export function storeCode(db: Db, userId: number, target: string, hash: string, issuedAt: number) {
  db.prepare(
    `INSERT INTO email_codes (user_id, target_email, code_hash, issued_at, attempts) VALUES (?, ?, ?, ?, 0)
     ON CONFLICT(user_id) DO UPDATE SET target_email = excluded.target_email, code_hash = excluded.code_hash,
       issued_at = excluded.issued_at, attempts = 0`,
  ).run(userId, target, hash, issuedAt)
}

export function deleteCode(db: Db, userId: number) {
  db.prepare('DELETE FROM email_codes WHERE user_id = ?').run(userId)
}

/** Deletes exactly the code that was checked; false when a concurrent request used or replaced it first. */
export function consumeCode(db: Db, userId: number, hash: string): boolean {
  return (
    db.prepare('DELETE FROM email_codes WHERE user_id = ? AND code_hash = ?').run(userId, hash)
      .changes === 1
  )
}

/** Gives back the attempt a right code reserved when it could not be used (the address was taken). */
export function refundAttempt(db: Db, userId: number, hash: string) {
  db.prepare(
    'UPDATE email_codes SET attempts = max(attempts - 1, 0) WHERE user_id = ? AND code_hash = ?',
  ).run(userId, hash)
}

export type CodeCheck =
  | { ok: true; target: string; hash: string }
  | { ok: false; reason: 'invalid' | 'too_many_attempts' }

let dummyHash: Promise<string> | null = null

/**
 * Checks a code. Every attempt is counted before the (slow) hash comparison, in one UPDATE,
 * so parallel guesses cannot exceed the budget; a right code is consumed by the caller.
 */
export async function checkCode(
  deps: Deps,
  userId: number | null,
  code: string,
): Promise<CodeCheck> {
  const { db, clock, config } = deps
  const row =
    userId === null
      ? undefined
      : (db
          .prepare('SELECT target_email, code_hash, issued_at FROM email_codes WHERE user_id = ?')
          .get(userId) as Record<string, unknown> | undefined)
  if (userId === null || !row) {
    // Same work as a real check, so timing does not tell which uuids have a code.
    await verifySecret(code, await (dummyHash ??= hashSecret('no-code')))
    return { ok: false, reason: 'invalid' }
  }
  const target = row.target_email as string
  const hash = row.code_hash as string
  const reserved = db
    .prepare(
      'UPDATE email_codes SET attempts = attempts + 1 WHERE user_id = ? AND code_hash = ? AND attempts < ?',
    )
    .run(userId, hash, MAX_CODE_ATTEMPTS).changes
  if (reserved === 0) {
    const still = db
      .prepare('SELECT 1 AS x FROM email_codes WHERE user_id = ? AND code_hash = ?')
      .get(userId, hash)
    return { ok: false, reason: still ? 'too_many_attempts' : 'invalid' }
  }
  if (clock.now() - (row.issued_at as number) > config.emailCodeTtlSec * 1000)
    return { ok: false, reason: 'invalid' }
  if (!(await verifySecret(secretOf(userId, target, code), hash)))
    return { ok: false, reason: 'invalid' }
  return { ok: true, target, hash }
}
