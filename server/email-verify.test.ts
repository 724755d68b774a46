import { beforeEach, describe, expect, it } from 'vitest'
import { PASSWORD } from './testing/harness'
import { testServerPerTest } from './testing/per-test'
import { expectAnswer, expectThrottled } from './testing/envelopes'

const s = testServerPerTest()
const ada = s.signedInPerTest('ada@example.com')
let uuid: string
beforeEach(async () => {
  uuid = (await ada.get('/api/users/@me/')).body.uuid
})

const codeFor = (to: string) => /^(\d{6})$/m.exec(s.outbox().find((m) => m.to === to)!.text)![1]!
const wrong = (code: string) => String((Number(code) + 1) % 1_000_000).padStart(6, '0')
const invalidCode = {
  type: 'validation_error',
  code: 'invalid_code',
  detail: 'This code is invalid or has expired.',
  attr: 'code',
}
const tooMany = {
  type: 'validation_error',
  code: 'too_many_attempts',
  detail: 'Too many incorrect attempts. Try again later.',
  attr: 'code',
}

async function stage(email = 'ada.new@example.com') {
  expect((await ada.patch('/api/users/@me/', { email })).status).toBe(200)
  return codeFor(email)
}

describe('POST /api/users/verify_email', () => {
  it('applies the change, signs other sessions out and moves sign-in to the new address', async () => {
    const other = await s.signedIn('ada@example.com')
    const code = await stage()
    const res = await ada.post('/api/users/verify_email/', { uuid, code })
    expectAnswer(res, 200, { success: true })
    const me = (await ada.get('/api/users/@me/')).body
    expect(me).toMatchObject({
      email: 'ada.new@example.com',
      pending_email: null,
      is_email_verified: true,
    })
    expect((await other.get('/api/users/@me/')).status).toBe(401)
    expect(
      s
        .outbox()
        .slice(0, 2)
        .map((m) => m.to)
        .sort(),
    ).toEqual(['ada.new@example.com', 'ada@example.com'])
    expect(
      (await s.client().post('/api/login', { email: 'ada@example.com', password: PASSWORD }))
        .status,
    ).toBe(400)
    expect(
      (await s.client().post('/api/login', { email: 'ada.new@example.com', password: PASSWORD }))
        .status,
    ).toBe(200)
    // A replay is the "already verified" answer.
    expect((await ada.post('/api/users/verify_email', { uuid, code })).body).toEqual({
      success: true,
      requires_login: true,
    })
  })

  it('signs a signed-out caller in, or asks for 2FA when the user has TOTP', async () => {
    const code = await stage()
    const anon = s.client()
    expect((await anon.post('/api/users/verify_email', { uuid, code })).body).toEqual({
      success: true,
    })
    expect((await anon.get('/api/users/@me/')).body.email).toBe('ada.new@example.com')
    expect((await ada.get('/api/users/@me/')).status).toBe(401)

    const again = await s.signedIn('ada.new@example.com')
    expect((await again.patch('/api/users/@me/', { email: 'ada.third@example.com' })).status).toBe(
      200,
    )
    s.deps.db
      .prepare(
        'INSERT INTO totp_devices (user_id, secret, created_at) SELECT id, ?, 0 FROM users WHERE uuid = ?',
      )
      .run('JBSWY3DPEHPK3PXP', uuid)
    const stranger = s.client()
    const res = await stranger.post('/api/users/verify_email', {
      uuid,
      code: codeFor('ada.third@example.com'),
    })
    expect(res.body).toEqual({ success: true, requires_2fa: true })
    expect(stranger.cookies.has('sessionid')).toBe(false)
  })

  it('accepts the right code after three wrong ones', async () => {
    const code = await stage()
    for (let i = 0; i < 3; i++)
      expect((await ada.post('/api/users/verify_email', { uuid, code: wrong(code) })).body).toEqual(
        invalidCode,
      )
    expect((await ada.post('/api/users/verify_email', { uuid, code })).body).toEqual({
      success: true,
    })
  })

  it('refuses the sixth attempt on a code, even the right one', async () => {
    const code = await stage()
    for (let i = 0; i < 5; i++)
      expect((await ada.post('/api/users/verify_email', { uuid, code: wrong(code) })).body).toEqual(
        invalidCode,
      )
    const res = await ada.post('/api/users/verify_email', { uuid, code })
    expectAnswer(res, 400, tooMany)
  })

  it('lets only one of two simultaneous submissions of a code through', async () => {
    const code = await stage()
    const [a, b] = await Promise.all(
      [s.client(), s.client()].map((c) => c.post('/api/users/verify_email', { uuid, code })),
    )
    const bodies = [a!.body, b!.body]
    expect(bodies.filter((x) => JSON.stringify(x) === '{"success":true}')).toHaveLength(1)
    expect(bodies.some((x) => x.code === 'invalid_code' || x.requires_login === true)).toBe(true)
  })

  it('expires a code after the TTL', async () => {
    const code = await stage()
    s.clock.advance(601)
    expect((await s.client().post('/api/users/verify_email', { uuid, code })).body).toEqual(
      invalidCode,
    )
  })

  it('normalises the code: spaces, dashes, full-width digits', async () => {
    const code = await stage()
    const spaced = `${code.slice(0, 3)} ${code.slice(3)}`
    expect(
      (
        await ada.post('/api/users/verify_email', {
          uuid,
          code: `${code.slice(0, 3)}-${code.slice(3)}x`,
        })
      ).body,
    ).toMatchObject({ code: 'invalid_input' })
    expect((await ada.post('/api/users/verify_email', { uuid, code: spaced })).body).toEqual({
      success: true,
    })
    const next = await stage('ada.third@example.com')
    const dashed = `${next.slice(0, 3)}-\u200B${next.slice(3)}`
    expect((await ada.post('/api/users/verify_email', { uuid, code: dashed })).body).toEqual({
      success: true,
    })
    const last = await stage('ada.fourth@example.com')
    const wide = [...last].map((d) => String.fromCharCode(0xff10 + Number(d))).join('')
    expect((await ada.post('/api/users/verify_email', { uuid, code: wide })).body).toEqual({
      success: true,
    })
  })

  it('answers shape errors first, naming the field', async () => {
    const c = s.client()
    const required = (attr: string) => ({
      type: 'validation_error',
      code: 'required',
      detail: 'This field is required.',
      attr,
    })
    expect((await c.post('/api/users/verify_email', {})).body).toEqual(required('uuid'))
    expect((await c.post('/api/users/verify_email', { code: '123456' })).body).toEqual(
      required('uuid'),
    )
    expect((await c.post('/api/users/verify_email', { uuid })).body).toEqual(required('code'))
    for (const code of ['12345', '1234567', 'abcdef', '12 34 5']) {
      const res = await c.post('/api/users/verify_email', { uuid, code })
      expectAnswer(res, 400, {
        type: 'validation_error',
        code: 'invalid_input',
        detail: 'Enter the 6-digit code from your email.',
        attr: 'code',
      })
    }
    expect((await c.post('/api/users/verify_email', { uuid, code: { a: 1 } })).status).toBe(400)
    expect((await c.post('/api/users/verify_email', '{"uuid"')).status).toBe(400)
  })

  it('answers invalid_code for an unknown uuid', async () => {
    const res = await s.client().post('/api/users/verify_email', {
      uuid: '00000000-0000-4000-8000-000000000000',
      code: '123456',
    })
    expectAnswer(res, 400, invalidCode)
  })

  it('keeps the change pending when another account took the address meanwhile', async () => {
    const code = await stage()
    s.deps.db
      .prepare("UPDATE users SET email = 'ada.new@example.com' WHERE email = 'alan@example.com'")
      .run()
    const res = await ada.post('/api/users/verify_email', { uuid, code })
    expectAnswer(res, 400, {
      type: 'validation_error',
      code: 'email_taken',
      detail:
        'Another account now uses this email address. Start the change again with a different address.',
      attr: 'email',
    })
    expect((await ada.get('/api/users/@me/')).body).toMatchObject({
      email: 'ada@example.com',
      pending_email: 'ada.new@example.com',
    })
  })

  it('verifies the account address of an unverified signup', async () => {
    s.deps.db.prepare('UPDATE users SET is_email_verified = 0 WHERE uuid = ?').run(uuid)
    const anon = s.client()
    expect((await anon.post('/api/users/request_email_verification', { uuid })).body).toEqual({
      success: true,
    })
    const mail = s.outbox()[0]!
    expect(mail.to).toBe('ada@example.com')
    expect(
      (await anon.post('/api/users/verify_email', { uuid, code: codeFor('ada@example.com') })).body,
    ).toEqual({ success: true })
    expect((await anon.get('/api/users/@me/')).body).toMatchObject({
      email: 'ada@example.com',
      is_email_verified: true,
    })
  })

  it('throttles per uuid: the 7th request in 20 minutes gets 429', async () => {
    const c = s.client()
    for (let i = 0; i < 6; i++)
      expect((await c.post('/api/users/verify_email', { uuid, code: '000000' })).status).toBe(200)
    const res = await c.post('/api/users/verify_email', {
      uuid: uuid.toUpperCase(),
      code: '000000',
    })
    expectThrottled(res, 1200)
  })
})

describe('POST /api/users/request_email_verification', () => {
  it('sends a new code that replaces the old one', async () => {
    const old = await stage()
    const res = await s.client().post('/api/users/request_email_verification/', { uuid })
    expectAnswer(res, 200, { success: true })
    const fresh = codeFor('ada.new@example.com')
    expect(s.outbox()[0]!.subject).toBe('Confirm your new PostHog email address')
    if (fresh !== old)
      expect((await ada.post('/api/users/verify_email', { uuid, code: old })).body).toEqual(
        invalidCode,
      )
    expect((await ada.post('/api/users/verify_email', { uuid, code: fresh })).body).toEqual({
      success: true,
    })
  })

  it('answers 200 for an unknown uuid and already_verified for a verified user', async () => {
    const unknown = await s.client().post('/api/users/request_email_verification', {
      uuid: '00000000-0000-4000-8000-000000000000',
    })
    expectAnswer(unknown, 200, { success: true })
    const verified = await s.client().post('/api/users/request_email_verification', { uuid })
    expectAnswer(verified, 400, {
      type: 'validation_error',
      code: 'already_verified',
      detail: 'Email is already verified.',
      attr: null,
    })
    const missing = await s.client().post('/api/users/request_email_verification', {})
    expect(missing.body).toEqual({
      type: 'validation_error',
      code: 'required',
      detail: 'This field is required.',
      attr: 'uuid',
    })
    expect(s.outboxBesidesSignIns()).toEqual([])
  })

  it('allows 6 a day; the 7th gets 429 with Retry-After', async () => {
    const c = s.client()
    const body = { uuid: '00000000-0000-4000-8000-000000000001' }
    for (let i = 0; i < 6; i++)
      expect((await c.post('/api/users/request_email_verification', body)).status).toBe(200)
    const res = await c.post('/api/users/request_email_verification', body)
    expect(res.status).toBe(429)
    expect(res.body.code).toBe('throttled')
    expect(res.headers.get('Retry-After')).toBe('86400')
  })
})
