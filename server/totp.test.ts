import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import * as OTPAuth from 'otpauth'
import { openDb, type Db } from './store/db'
import {
  enrolTotpDevice,
  hotpCode,
  matchTotp,
  newTotpSecret,
  timeStep,
  totpCodeAt,
  verifyDeviceToken,
} from './lib/totp'
import { normaliseTotpToken } from '../contract/two-factor'

// RFC 4226 Appendix D / RFC 6238 Appendix B seed: ASCII "12345678901234567890" (shared/contract/totp-vectors.md).
const RFC_SECRET = 'GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ'

const HOTP = [
  '755224',
  '287082',
  '359152',
  '969429',
  '338314',
  '254676',
  '287922',
  '162583',
  '399871',
  '520489',
]

const TOTP: [seconds: number, eight: string, six: string][] = [
  [59, '94287082', '287082'],
  [1111111109, '07081804', '081804'],
  [1111111111, '14050471', '050471'],
  [1234567890, '89005924', '005924'],
  [2000000000, '69279037', '279037'],
  [20000000000, '65353130', '353130'],
]

describe('secrets', () => {
  it('are 20 random bytes as 32 base32 characters without padding', () => {
    const a = newTotpSecret()
    expect(a).toMatch(/^[A-Z2-7]{32}$/)
    expect(OTPAuth.Secret.fromBase32(a).bytes).toHaveLength(20)
    expect(newTotpSecret()).not.toBe(a)
  })
})

describe('RFC vectors through lib/totp.ts', () => {
  it('computes the RFC 4226 HOTP values', () => {
    HOTP.forEach((code, counter) => expect(hotpCode(RFC_SECRET, counter)).toBe(code))
  })

  it.each(TOTP)('computes the RFC 6238 SHA-1 value at T=%i', (seconds, eight, six) => {
    expect(totpCodeAt(RFC_SECRET, seconds * 1000, 8)).toBe(eight)
    expect(totpCodeAt(RFC_SECRET, seconds * 1000)).toBe(six)
    expect(matchTotp(RFC_SECRET, six, seconds * 1000)).toEqual({
      step: Math.floor(seconds / 30),
      offset: 0,
    })
  })
})

describe('the verification window', () => {
  const now = 1_234_567_890_000
  const step = timeStep(now)

  it('accepts one step either side and records the offset', () => {
    expect(matchTotp(RFC_SECRET, hotpCode(RFC_SECRET, step - 1), now)).toEqual({
      step: step - 1,
      offset: -1,
    })
    expect(matchTotp(RFC_SECRET, hotpCode(RFC_SECRET, step + 1), now)).toEqual({
      step: step + 1,
      offset: 1,
    })
  })

  it('refuses two steps either side', () => {
    expect(matchTotp(RFC_SECRET, hotpCode(RFC_SECRET, step - 2), now)).toBeNull()
    expect(matchTotp(RFC_SECRET, hotpCode(RFC_SECRET, step + 2), now)).toBeNull()
  })

  it('refuses steps at or before the last accepted one', () => {
    const code = hotpCode(RFC_SECRET, step)
    expect(matchTotp(RFC_SECRET, code, now, step - 1)).toEqual({ step, offset: 0 })
    expect(matchTotp(RFC_SECRET, code, now, step)).toBeNull()
    expect(matchTotp(RFC_SECRET, hotpCode(RFC_SECRET, step - 1), now, step)).toBeNull()
  })

  it('reads the token as an integer, as django-otp does', () => {
    expect(normaliseTotpToken('005924')).toBe('005924')
    expect(normaliseTotpToken(' 5924 ')).toBe('005924')
    expect(normaliseTotpToken(5924)).toBe('005924')
    for (const bad of ['', 'abcdef', '1234567', '12 34', -1, 1_000_000, 1.5, null, ['123456']]) {
      expect(normaliseTotpToken(bad)).toBeNull()
    }
  })
})

describe('a stored device', () => {
  let db: Db
  const now = 2_000_000_000_000
  beforeEach(() => {
    db = openDb(':memory:')
    db.prepare(
      `INSERT INTO users (id, uuid, distinct_id, email, date_joined) VALUES (1, 'u1', 'd1', 'a@example.com', 0)`,
    ).run()
    db.prepare(
      `INSERT INTO sessions (key_hash, user_id, created_at, totp_setup_secret) VALUES ('k', 1, 0, ?)`,
    ).run(RFC_SECRET)
  })
  afterEach(() => db.close())

  const enrol = (at: number) => {
    const match = matchTotp(RFC_SECRET, totpCodeAt(RFC_SECRET, at), at)!
    return enrolTotpDevice(db, {
      userId: 1,
      sessionKeyHash: 'k',
      secret: RFC_SECRET,
      match,
      nowMs: at,
    })
  }

  it('enrols once per pending secret and never accepts the setup code again', () => {
    expect(enrol(now)).toBe(true)
    expect(enrol(now)).toBe(false)
    expect(verifyDeviceToken(db, 1, totpCodeAt(RFC_SECRET, now), now)).toBe(false)
    expect(verifyDeviceToken(db, 1, totpCodeAt(RFC_SECRET, now + 30_000), now + 30_000)).toBe(true)
  })

  it('accepts a code once, then refuses it and any older one', () => {
    enrol(now)
    const later = now + 90_000
    expect(verifyDeviceToken(db, 1, totpCodeAt(RFC_SECRET, later), later)).toBe(true)
    expect(verifyDeviceToken(db, 1, totpCodeAt(RFC_SECRET, later), later)).toBe(false)
    expect(verifyDeviceToken(db, 1, totpCodeAt(RFC_SECRET, later - 30_000), later)).toBe(false)
    expect(verifyDeviceToken(db, 1, totpCodeAt(RFC_SECRET, later + 30_000), later)).toBe(true)
  })
})
