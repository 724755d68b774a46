import { describe, expect, it } from 'vitest'
import { type Client } from './testing/harness'
import { testServerPerTest } from './testing/per-test'
import {
  codeAt,
  enrol as enrolOn,
  ME,
  startSetup,
  STATUS_OFF,
  wrongCodeAt,
} from './testing/two-factor'
import { expectAnswer, expectThrottled, validation as envelope } from './testing/envelopes'

const s = testServerPerTest()

const codeFor = (secret: string, steps = 0) => codeAt(s, secret, steps)
const wrongCodeFor = (secret: string) => wrongCodeAt(s, secret)
const enrol = (c: Client) => enrolOn(s, c)

const TOKEN_INVALID = envelope('token_invalid', 'Token is not valid')
const SETUP_EXPIRED = envelope(
  'setup_expired',
  '2FA setup session expired. Please start setup again.',
)

describe('setup and validation', () => {
  it('starts setup with a fresh 32-character base32 secret, on either path, for the caller', async () => {
    const c = await s.signedIn('ada@example.com')
    const res = await c.get(`${ME}/two_factor_start_setup/`)
    expect(res.status).toBe(200)
    expect(Object.keys(res.body).sort()).toEqual(['secret', 'success'])
    expect(res.body.success).toBe(true)
    expect(res.body.secret).toMatch(/^[A-Z2-7]{32}$/)
    const alias = await c.get('/api/users/not-a-real-uuid/start_2fa_setup')
    expect(alias.status).toBe(200)
    expect(alias.body.secret).not.toBe(res.body.secret)
  })

  it('enrols with a code computed from the secret, mails the user and turns status on', async () => {
    const c = await s.signedIn('ada@example.com')
    expect((await c.get(`${ME}/two_factor_status/`)).body).toEqual(STATUS_OFF)
    const secret = await startSetup(c)
    const res = await c.post(`${ME}/two_factor_validate/`, { token: codeFor(secret) })
    expectAnswer(res, 200, { success: true })
    expect(s.outbox()[0]).toMatchObject({
      to: 'ada@example.com',
      subject: "You've enabled 2FA protection",
    })
    expect((await c.get(`${ME}/two_factor_status`)).body).toEqual({
      ...STATUS_OFF,
      is_enabled: true,
      method: 'TOTP',
      has_totp: true,
    })
    expect((await c.get(`${ME}/`)).body.is_2fa_enabled).toBe(true)
    // The setup code is spent: the pending secret is gone.
    const again = await c.post(`${ME}/validate_2fa`, { token: codeFor(secret) })
    expectAnswer(again, 400, SETUP_EXPIRED)
  })

  it('refuses a wrong or non-numeric code with token_invalid', async () => {
    const c = await s.signedIn('ada@example.com')
    const secret = await startSetup(c)
    for (const token of [wrongCodeFor(secret), 'abcdef', '1234567']) {
      const res = await c.post(`${ME}/two_factor_validate/`, { token })
      expectAnswer(res, 400, TOKEN_INVALID)
    }
    expect((await c.get(`${ME}/two_factor_status/`)).body).toEqual(STATUS_OFF)
  })

  it('answers setup_expired 601 s after the start, or without a start', async () => {
    const c = await s.signedIn('ada@example.com')
    const none = await c.post(`${ME}/two_factor_validate/`, { token: '123456' })
    expectAnswer(none, 400, SETUP_EXPIRED)
    const secret = await startSetup(c)
    s.clock.advance(601)
    const late = await c.post(`${ME}/two_factor_validate/`, { token: codeFor(secret) })
    expectAnswer(late, 400, SETUP_EXPIRED)
  })

  it('names a missing, blank or malformed token instead of failing with a 500', async () => {
    const c = await s.signedIn('ada@example.com')
    await startSetup(c)
    for (const body of [
      {},
      { token: '' },
      { token: '   ' },
      { token: null },
      { token: ['123456'] },
    ]) {
      const res = await c.post(`${ME}/two_factor_validate/`, body)
      expectAnswer(res, 400, envelope('required', 'This field is required.', 'token'))
    }
  })

  it('enrols exactly once when one code is submitted twice at the same time', async () => {
    const c = await s.signedIn('ada@example.com')
    const secret = await startSetup(c)
    const token = codeFor(secret)
    const results = await Promise.all(
      [1, 2].map(() => c.post(`${ME}/two_factor_validate/`, { token })),
    )
    expect(results.map((r) => r.status).sort()).toEqual([200, 400])
    expect(results.find((r) => r.status === 400)!.body).toEqual(SETUP_EXPIRED)
    expect(s.outbox().filter((m) => m.subject === "You've enabled 2FA protection")).toHaveLength(1)
  })

  it('signs the user out of every other session', async () => {
    const phone = await s.signedIn('ada@example.com')
    const laptop = await s.signedIn('ada@example.com')
    await enrol(laptop)
    expect((await phone.get(`${ME}/`)).status).toBe(401)
    expect((await laptop.get(`${ME}/`)).status).toBe(200)
  })

  it('throttles two_factor_validate to 6 per 10 minutes and recovers', async () => {
    const c = await s.signedIn('ada@example.com')
    const secret = await startSetup(c)
    for (let i = 0; i < 6; i++) {
      expect(
        (await c.post(`${ME}/two_factor_validate/`, { token: wrongCodeFor(secret) })).status,
      ).toBe(400)
    }
    const blocked = await c.post(`${ME}/two_factor_validate/`, { token: codeFor(secret) })
    expectThrottled(blocked, 600)
    s.clock.advance(601)
    const fresh = await startSetup(c)
    expect((await c.post(`${ME}/two_factor_validate/`, { token: codeFor(fresh) })).status).toBe(200)
  })
})
