import { createHash, randomBytes, randomUUID, timingSafeEqual } from 'node:crypto'

export const newUuid = () => randomUUID()

/** URL-safe random token (session keys, CSRF tokens). */
export const randomToken = (bytes = 32) => randomBytes(bytes).toString('base64url')

export const sha256Hex = (value: string) => createHash('sha256').update(value).digest('hex')

// Python's digits + ascii_letters without the look-alikes 0, 1, O, I and l (posthog/models/utils.py).
const BASE57 = '23456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz'

/** `bytes` random bytes, the top bit forced on (so the length barely varies), in base57. */
export function randomBase57(bytes: number): string {
  const raw = randomBytes(bytes)
  raw[0] = raw[0]! | 0x80
  let n = BigInt('0x' + raw.toString('hex'))
  let out = ''
  while (n > 0n) {
    out = BASE57[Number(n % 57n)] + out
    n /= 57n
  }
  return out
}

/** PostHog's personal API key (newest): "phx_" + base57 of 35 random bytes, 52–53 chars in all. */
export const newPersonalApiKey = () => 'phx_' + randomBase57(35)

export function safeEqual(a: string, b: string): boolean {
  const x = Buffer.from(a)
  const y = Buffer.from(b)
  return x.length === y.length && timingSafeEqual(x, y)
}
