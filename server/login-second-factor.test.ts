import { describe, expect, it } from 'vitest'
import * as OTPAuth from 'otpauth'
import { PASSWORD, type Client } from './testing/harness'
import { testServerPerTest } from './testing/per-test'
import { expectAnswer } from './testing/envelopes'
import { resetLinkFor } from './testing/password-reset'

const s = testServerPerTest()

const ME = '/api/users/@me'
const ADA = { email: 'ada@example.com', password: PASSWORD }
const envelope = (code: string, detail: string) => ({
  type: 'validation_error',
  code,
  detail,
  attr: null,
})
const INVALID = envelope('2fa_invalid', 'Invalid authentication code')
const TOO_MANY = envelope('2fa_too_many_attempts', 'Too many attempts.')

const codeFor = (secret: string) =>
  new OTPAuth.TOTP({ secret: OTPAuth.Secret.fromBase32(secret) }).generate({
    timestamp: s.clock.now(),
  })

const wrongCodeFor = (secret: string) => {
  const valid = new Set(
    [-1, 0, 1].map((d) =>
      new OTPAuth.TOTP({ secret: OTPAuth.Secret.fromBase32(secret) }).generate({
        timestamp: s.clock.now() + d * 30_000,
      }),
    ),
  )
  let n = 0
  while (valid.has(String(n).padStart(6, '0'))) n++
  return String(n).padStart(6, '0')
}

/** Ada turns on TOTP from her settings; returns the secret and her (still signed-in) client. */
async function enrolAda(): Promise<{ secret: string; settings: Client }> {
  const settings = await s.signedIn('ada@example.com')
  const secret = (await settings.get(`${ME}/two_factor_start_setup/`)).body.secret as string
  expect(
    (await settings.post(`${ME}/two_factor_validate/`, { token: codeFor(secret) })).status,
  ).toBe(200)
  return { secret, settings }
}

/** The password step of a new sign-in, which must stop at the second factor. */
async function passwordStep(): Promise<Client> {
  const c = s.client()
  const res = await c.post('/api/login', ADA)
  expect(res.status).toBe(401)
  return c
}

describe('signing in with 2FA on', () => {
  it('asks for the second factor after the password', async () => {
    await enrolAda()
    const c = s.client()
    const res = await c.post('/api/login', ADA)
    expectAnswer(res, 401, {
      type: 'server_error',
      code: '2fa_required',
      detail: '2FA is required.',
      attr: null,
    })
    expect((await c.get(`${ME}/`)).status).toBe(401)
  })

  it('accepts the next TOTP code once and refuses the setup code', async () => {
    const { secret } = await enrolAda()
    const early = await passwordStep()
    const setupCode = await early.post('/api/login/token', { token: codeFor(secret) })
    expectAnswer(setupCode, 400, INVALID)

    s.clock.advance(30)
    const c = await passwordStep()
    const res = await c.post('/api/login/token', { token: codeFor(secret) })
    expectAnswer(res, 200, { success: true })
    expect((await c.get(`${ME}/`)).body.email).toBe('ada@example.com')

    const replay = await passwordStep()
    const again = await replay.post('/api/login/token', { token: codeFor(secret) })
    expectAnswer(again, 400, INVALID)
  })

  it('lets exactly one of two simultaneous sign-ins with one code through', async () => {
    const { secret } = await enrolAda()
    s.clock.advance(30)
    const [a, b] = [await passwordStep(), await passwordStep()]
    const token = codeFor(secret)
    const results = await Promise.all([a, b].map((c) => c.post('/api/login/token', { token })))
    expect(results.map((r) => r.status).sort()).toEqual([200, 400])
    expect(results.find((r) => r.status === 400)!.body).toEqual(INVALID)
  })

  it('accepts a backup code once, mails the user, and counts it down', async () => {
    const { settings } = await enrolAda()
    const codes = (await settings.post(`${ME}/two_factor_backup_codes/`)).body
      .backup_codes as string[]
    const c = await passwordStep()
    const res = await c.post('/api/login/token', { token: codes[0] })
    expect(res.status).toBe(200)
    expect(s.outboxBesidesSignIns()[0]).toMatchObject({
      to: 'ada@example.com',
      subject: 'A backup code was used for your account',
    })
    expect((await c.get(`${ME}/two_factor_status/`)).body.backup_codes_remaining).toBe(9)

    const again = await (await passwordStep()).post('/api/login/token', { token: codes[0] })
    expectAnswer(again, 400, INVALID)
    s.clock.advance(1)
    expect(
      (await (await passwordStep()).post('/api/login/token', { token: codes[1]!.toUpperCase() }))
        .status,
    ).toBe(200)
  })

  it('refuses backup codes from before a regeneration', async () => {
    const { settings } = await enrolAda()
    const old = (await settings.post(`${ME}/two_factor_backup_codes/`)).body
      .backup_codes as string[]
    const fresh = (await settings.post(`${ME}/two_factor_backup_codes/`)).body
      .backup_codes as string[]
    const c = await passwordStep()
    expect((await c.post('/api/login/token', { token: old[0] })).body).toEqual(INVALID)
    s.clock.advance(1)
    expect((await c.post('/api/login/token', { token: fresh[0] })).status).toBe(200)
  })

  it('answers 2fa_invalid, 2fa_expired and invalid_2fa_session', async () => {
    const { secret } = await enrolAda()
    const c = await passwordStep()
    const wrong = await c.post('/api/login/token', { token: wrongCodeFor(secret) })
    expectAnswer(wrong, 400, INVALID)

    s.clock.advance(601)
    const late = await c.post('/api/login/token', { token: codeFor(secret) })
    expectAnswer(
      late,
      400,
      envelope('2fa_expired', 'Login attempt has expired. Re-enter username/password.'),
    )

    const stranger = await s.client().post('/api/login/token', { token: codeFor(secret) })
    expectAnswer(
      stranger,
      400,
      envelope('invalid_2fa_session', 'Invalid 2FA session. Please log in again.'),
    )
  })
})

describe('throttles', () => {
  it('backs off after failures as django-otp does, for backup codes too', async () => {
    const { secret, settings } = await enrolAda()
    const codes = (await settings.post(`${ME}/two_factor_backup_codes/`)).body
      .backup_codes as string[]
    s.clock.advance(30)
    const c = await passwordStep()
    expect((await c.post('/api/login/token', { token: wrongCodeFor(secret) })).body).toEqual(
      INVALID,
    )
    // One failure: the device refuses everything for 1 s.
    expect((await c.post('/api/login/token', { token: codeFor(secret) })).body).toEqual(TOO_MANY)
    expect((await c.post('/api/login/token', { token: codes[0] })).body).toEqual(TOO_MANY)
    s.clock.advance(1)
    expect((await c.post('/api/login/token', { token: wrongCodeFor(secret) })).body).toEqual(
      INVALID,
    )
    // Two failures: 2 s.
    s.clock.advance(1)
    expect((await c.post('/api/login/token', { token: codeFor(secret) })).body).toEqual(TOO_MANY)
    s.clock.advance(1)
    expect((await c.post('/api/login/token', { token: codeFor(secret) })).status).toBe(200)
  })

  it('allows 6 second-factor attempts per 20 minutes (TwoFactorThrottle)', async () => {
    const { secret } = await enrolAda()
    const c = await passwordStep()
    for (let i = 0; i < 6; i++) {
      expect((await c.post('/api/login/token', { token: wrongCodeFor(secret) })).status).toBe(400)
    }
    const blocked = await c.post('/api/login/token', { token: codeFor(secret) })
    expect(blocked.status).toBe(429)
    expect(blocked.body).toMatchObject({ type: 'throttled_error', code: 'throttled', attr: null })
    expect(blocked.headers.get('Retry-After')).toBe('1200')
  })
})

describe('after disabling 2FA', () => {
  it('signs in with the password alone', async () => {
    const { settings } = await enrolAda()
    expect((await settings.post(`${ME}/two_factor_disable/`)).status).toBe(200)
    const res = await s.client().post('/api/login', ADA)
    expectAnswer(res, 200, { success: true })
  })
})

describe('after the password changes', () => {
  const INVALID_SESSION = envelope(
    'invalid_2fa_session',
    'Invalid 2FA session. Please log in again.',
  )

  it('a sign-in begun with the old password cannot finish (changed in the settings)', async () => {
    const { secret, settings } = await enrolAda()
    const halfway = await passwordStep()
    const NEW = 'quiet-otters-juggle-lanterns'
    expect(
      (await settings.patch(`${ME}/`, { current_password: PASSWORD, password: NEW })).status,
    ).toBe(200)
    expectAnswer(
      await halfway.post('/api/login/token', { token: codeFor(secret) }),
      400,
      INVALID_SESSION,
    )
  })

  it('a sign-in begun with the old password cannot finish (reset by mail)', async () => {
    const { secret } = await enrolAda()
    const halfway = await passwordStep()
    const { uuid, token } = await resetLinkFor(s, 'ada@example.com')
    const NEW = 'quiet-otters-juggle-lanterns'
    expect((await s.client().post(`/api/reset/${uuid}/`, { token, password: NEW })).status).toBe(
      200,
    )
    expectAnswer(
      await halfway.post('/api/login/token', { token: codeFor(secret) }),
      400,
      INVALID_SESSION,
    )
  })
})
