import * as OTPAuth from 'otpauth'
import { expect } from 'vitest'
import type { Client, TestServer } from './harness'

export const ME = '/api/users/@me'

export const STATUS_OFF = {
  is_enabled: false,
  backup_codes_remaining: 0,
  method: null,
  has_passkeys: false,
  has_totp: false,
  passkeys_enabled_for_2fa: false,
}

/** What an authenticator app shows for this secret at the server's time (or `steps` periods away). */
export const codeAt = (s: TestServer, secret: string, steps = 0) =>
  new OTPAuth.TOTP({ secret: OTPAuth.Secret.fromBase32(secret) }).generate({
    timestamp: s.clock.now() + steps * 30_000,
  })

/** A six-digit code that is wrong for every step in the ±1 window. */
export function wrongCodeAt(s: TestServer, secret: string) {
  const valid = new Set([-1, 0, 1].map((d) => codeAt(s, secret, d)))
  let n = 0
  while (valid.has(String(n).padStart(6, '0'))) n++
  return String(n).padStart(6, '0')
}

export async function startSetup(c: Client): Promise<string> {
  const res = await c.get(`${ME}/two_factor_start_setup/`)
  expect(res.status).toBe(200)
  return res.body.secret as string
}

/** Turns TOTP on for the client's user and returns the secret. */
export async function enrol(s: TestServer, c: Client): Promise<string> {
  const secret = await startSetup(c)
  const res = await c.post(`${ME}/two_factor_validate/`, { token: codeAt(s, secret) })
  expect(res.status).toBe(200)
  return secret
}
