import { randomInt } from 'node:crypto'
import { emailCodeExists, findEmailCode, reserveEmailCodeAttempt } from '../store/email-codes'
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

// The slot's SQL is in store/; these are the names the email routes know it by.
export {
  upsertEmailCode as storeCode,
  deleteEmailCode as deleteCode,
  deleteEmailCodeByHash as consumeCode,
  refundEmailCodeAttempt as refundAttempt,
} from '../store/email-codes'

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
  const row = userId === null ? undefined : findEmailCode(db, userId)
  if (userId === null || !row) {
    // Same work as a real check, so timing does not tell which uuids have a code.
    await verifySecret(code, await (dummyHash ??= hashSecret('no-code')))
    return { ok: false, reason: 'invalid' }
  }
  const target = row.target_email
  const hash = row.code_hash
  if (!reserveEmailCodeAttempt(db, userId, hash, MAX_CODE_ATTEMPTS)) {
    const still = emailCodeExists(db, userId, hash)
    return { ok: false, reason: still ? 'too_many_attempts' : 'invalid' }
  }
  if (clock.now() - row.issued_at > config.emailCodeTtlSec * 1000)
    return { ok: false, reason: 'invalid' }
  if (!(await verifySecret(secretOf(userId, target, code), hash)))
    return { ok: false, reason: 'invalid' }
  return { ok: true, target, hash }
}
