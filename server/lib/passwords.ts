import { randomBytes, scrypt, timingSafeEqual } from 'node:crypto'
import { ZxcvbnFactory } from '@zxcvbn-ts/core'
import * as common from '@zxcvbn-ts/language-common'
import * as en from '@zxcvbn-ts/language-en'
import { validationError } from './errors'

const N = 16384

function scryptAsync(secret: string, salt: Buffer, n: number): Promise<Buffer> {
  return new Promise((resolve, reject) =>
    scrypt(secret, salt, 32, { N: n, r: 8, p: 1 }, (err, key) =>
      err ? reject(err) : resolve(key),
    ),
  )
}

/** Salted scrypt hash, stored as "scrypt$N$salt$hash" (base64url parts). */
export async function hashSecret(secret: string, n = N): Promise<string> {
  const salt = randomBytes(16)
  const key = await scryptAsync(secret, salt, n)
  return `scrypt$${n}$${salt.toString('base64url')}$${key.toString('base64url')}`
}

export async function verifySecret(secret: string, stored: string | null): Promise<boolean> {
  if (!stored) return false
  const [scheme, n, salt, hash] = stored.split('$')
  if (scheme !== 'scrypt' || !n || !salt || !hash) return false
  const expected = Buffer.from(hash, 'base64url')
  const key = await scryptAsync(secret, Buffer.from(salt, 'base64url'), Number(n))
  return key.length === expected.length && timingSafeEqual(key, expected)
}

let zxcvbn: ZxcvbnFactory | null = null

/** zxcvbn score 0-4, built lazily: its dictionaries take a moment to load. */
export function passwordScore(password: string): { score: number; suggestions: string[] } {
  zxcvbn ??= new ZxcvbnFactory({
    dictionary: { ...common.dictionary, ...en.dictionary },
    graphs: common.adjacencyGraphs,
    translations: en.translations,
  })
  const result = zxcvbn.check(password.slice(0, 128))
  return { score: result.score, suggestions: result.feedback.suggestions }
}

/**
 * Django's MinimumLengthValidator (8) and PostHog's ZxcvbnValidator (score >= 3), in that
 * order; the first failure is reported on `attr` as PostHog does.
 */
export function validateNewPassword(password: string, attr = 'password') {
  if (password.length < 8) {
    throw validationError(
      'invalid_input',
      'This password is too short. It must contain at least 8 characters.',
      attr,
    )
  }
  if (password.length > 128) {
    throw validationError('max_length', 'Ensure this field has no more than 128 characters.', attr)
  }
  const { score, suggestions } = passwordScore(password)
  if (score < 3) {
    const detail = suggestions.length ? suggestions.join(' ') : 'This password is too weak.'
    throw validationError('password_too_weak', detail, attr)
  }
}
