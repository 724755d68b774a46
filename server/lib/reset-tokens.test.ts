import { describe, expect, it } from 'vitest'
import { checkResetToken, makeResetToken, type ResetTokenSubject } from './reset-tokens'

const SECRET = 'test-secret'
const NOW = Date.UTC(2026, 11, 2, 12)
const DAY = 86_400_000
const ada: ResetTokenSubject = {
  id: 1,
  email: 'ada@example.com',
  password_hash: 'scrypt$16384$salt$hash',
  requested_password_reset_at: NOW,
}

describe('password reset tokens', () => {
  it('look like Django’s: a base36 timestamp and 32 hex digits', () => {
    expect(makeResetToken(SECRET, ada, NOW)).toMatch(/^[0-9a-z]+-[0-9a-f]{32}$/)
  })

  it('are valid for one day and not a second longer', () => {
    const token = makeResetToken(SECRET, ada, NOW)
    expect(checkResetToken(SECRET, ada, token, NOW)).toBe(true)
    expect(checkResetToken(SECRET, ada, token, NOW + DAY)).toBe(true)
    expect(checkResetToken(SECRET, ada, token, NOW + DAY + 1000)).toBe(false)
  })

  it('dated in the past are as old as their date', () => {
    const token = makeResetToken(SECRET, ada, NOW - DAY - 1000)
    expect(checkResetToken(SECRET, ada, token, NOW)).toBe(false)
  })

  it('die when the password hash changes', () => {
    const token = makeResetToken(SECRET, ada, NOW)
    expect(checkResetToken(SECRET, { ...ada, password_hash: 'other' }, token, NOW)).toBe(false)
  })

  it('die when a newer reset is requested or the request is cleared', () => {
    const token = makeResetToken(SECRET, ada, NOW)
    const newer = { ...ada, requested_password_reset_at: NOW + 1 }
    expect(checkResetToken(SECRET, newer, token, NOW)).toBe(false)
    const cleared = { ...ada, requested_password_reset_at: null }
    expect(checkResetToken(SECRET, cleared, token, NOW)).toBe(false)
  })

  it('die when the address changes, but not for its case', () => {
    const token = makeResetToken(SECRET, ada, NOW)
    expect(checkResetToken(SECRET, { ...ada, email: 'ADA@example.com' }, token, NOW)).toBe(true)
    expect(checkResetToken(SECRET, { ...ada, email: 'eve@example.com' }, token, NOW)).toBe(false)
  })

  it('belong to one user and one secret', () => {
    const token = makeResetToken(SECRET, ada, NOW)
    expect(checkResetToken(SECRET, { ...ada, id: 2 }, token, NOW)).toBe(false)
    expect(checkResetToken('another-secret', ada, token, NOW)).toBe(false)
  })

  it('refuse garbage and a tampered timestamp', () => {
    const token = makeResetToken(SECRET, ada, NOW)
    const [ts, hash] = token.split('-') as [string, string]
    const later = (parseInt(ts, 36) + 1).toString(36)
    for (const bad of ['', '-', 'abc', `${ts}-`, `-${hash}`, `${later}-${hash}`, `${token}x`])
      expect(checkResetToken(SECRET, ada, bad, NOW)).toBe(false)
    expect(checkResetToken(SECRET, ada, `${'z'.repeat(13)}-${hash}`, NOW)).toBe(false)
  })
})
