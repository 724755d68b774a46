import { randomBytes, scrypt, timingSafeEqual, type ScryptOptions } from 'node:crypto'
import * as OTPAuth from 'otpauth'
import { deleteBackupCode, listBackupCodes, replaceBackupCodes } from '../store/backup-codes'
import type { Db } from '../store/db'
import { normaliseBackupCode } from '../../contract/two-factor'

/** posthog/api/user.py NUM_2FA_BACKUP_CODES. */
export const BACKUP_CODE_COUNT = 10

/**
 * Codes are stored only as salted scrypt hashes (PostHog's StaticToken keeps them in
 * plaintext). The cost is modest on purpose: a sign-in hashes the attempt once per stored code,
 * and all ten must stay well under 100 ms (N = 2^11 takes about 25 ms for ten on 2 cores,
 * 2^12 about 100 ms). Online guessing is stopped by the sign-in throttles, not by this cost.
 */
const KDF: ScryptOptions = { N: 2 ** 11, r: 8, p: 1 }
const KEY_LENGTH = 32

function kdf(code: string, salt: Buffer): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    scrypt(code, salt, KEY_LENGTH, KDF, (error, key) => (error ? reject(error) : resolve(key)))
  })
}

/** django-otp StaticToken.random_token(): base32 of 5 random bytes, lower-cased, e.g. "k7d2xq4m". */
export function newBackupCode(): string {
  return new OTPAuth.Secret({ size: 5 }).base32.toLowerCase()
}

export async function regenerateBackupCodes(
  db: Db,
  userId: number,
  nowMs: number,
): Promise<string[]> {
  const codes = Array.from({ length: BACKUP_CODE_COUNT }, newBackupCode)
  const rows = await Promise.all(
    codes.map(async (code) => {
      const salt = randomBytes(16)
      return { salt: salt.toString('hex'), hash: (await kdf(code, salt)).toString('hex') }
    }),
  )
  replaceBackupCodes(db, userId, rows, nowMs)
  return codes
}

export { countBackupCodes, deleteBackupCodes } from '../store/backup-codes'

/**
 * Uses up a matching code (StaticDevice.verify_token deletes the token). The row is deleted by
 * id and only the request whose DELETE removed it wins, so a code works once even when two
 * requests race with it.
 */
export async function consumeBackupCode(db: Db, userId: number, input: unknown): Promise<boolean> {
  const code = normaliseBackupCode(input)
  if (code === null) return false
  const rows = listBackupCodes(db, userId)
  const hashes = await Promise.all(rows.map((r) => kdf(code, Buffer.from(r.salt, 'hex'))))
  const match = rows.find((r, i) => timingSafeEqual(hashes[i]!, Buffer.from(r.hash, 'hex')))
  if (!match) return false
  return deleteBackupCode(db, userId, match.id)
}
