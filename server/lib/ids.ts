import { createHash, randomBytes, randomUUID, timingSafeEqual } from 'node:crypto'

export const newUuid = () => randomUUID()

/** URL-safe random token (session keys, CSRF tokens). */
export const randomToken = (bytes = 32) => randomBytes(bytes).toString('base64url')

export const sha256Hex = (value: string) => createHash('sha256').update(value).digest('hex')

const BASE62 = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz'

/** PostHog's personal API key: "phx_" + base62 of 35 random bytes (posthog/models/utils.py). */
export function newPersonalApiKey(): string {
  let n = BigInt('0x' + randomBytes(35).toString('hex'))
  let out = ''
  while (n > 0n) {
    out = BASE62[Number(n % 62n)] + out
    n /= 62n
  }
  return 'phx_' + out
}

export function safeEqual(a: string, b: string): boolean {
  const x = Buffer.from(a)
  const y = Buffer.from(b)
  return x.length === y.length && timingSafeEqual(x, y)
}
