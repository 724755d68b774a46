import { describe, expect, it } from 'vitest'
import { PASSWORD } from './testing/harness'
import { testServerPerTest } from './testing/per-test'
import { expectAnswer, permissionDenied, validation } from './testing/envelopes'
import { invalidToken, NEW_PASSWORD, resetLinkFor, uuidOf } from './testing/password-reset'

const s = testServerPerTest()

const complete = (uuid: string, body: unknown, client = s.client()) =>
  client.post(`/api/reset/${uuid}/`, body)
const signIn = (password: string) =>
  s.client().post('/api/login', { email: 'ada@example.com', password })

describe('POST /api/reset/<uuid>/', () => {
  it('sets the password, answers the newest PostHog’s {success, email} and signs nobody in', async () => {
    const { uuid, token } = await resetLinkFor(s, 'ada@example.com')
    const caller = s.client()
    const res = await complete(uuid, { token, password: NEW_PASSWORD }, caller)
    expectAnswer(res, 200, { success: true, email: 'ada@example.com' })
    expect(caller.cookies.has('sessionid')).toBe(false)
    expect((await caller.get('/api/users/@me/')).status).toBe(401)
    expect((await signIn(PASSWORD)).status).toBe(400)
    expect((await signIn(NEW_PASSWORD)).status).toBe(200)
  })

  it('signs every session of the user out, the caller’s included', async () => {
    const laptop = await s.signedIn('ada@example.com')
    const phone = await s.signedIn('ada@example.com')
    const grace = await s.signedIn('grace@example.com')
    const { uuid, token } = await resetLinkFor(s, 'ada@example.com')
    const laptopKey = laptop.cookies.get('sessionid')!
    expect((await complete(uuid, { token, password: NEW_PASSWORD }, laptop)).status).toBe(200)
    // The answer clears the caller's cookie; the session behind it is gone too.
    expect(laptop.cookies.has('sessionid')).toBe(false)
    laptop.cookies.set('sessionid', laptopKey)
    for (const old of [laptop, phone]) {
      const me = await old.get('/api/users/@me/')
      expect(me.status).toBe(401)
      expect(me.body).toMatchObject({ code: 'not_authenticated' })
    }
    expect((await grace.get('/api/users/@me/')).status).toBe(200)
  })

  it('marks the address verified: the mail reached it', async () => {
    s.deps.db
      .prepare("UPDATE users SET is_email_verified = 0 WHERE email = 'ada@example.com'")
      .run()
    const { uuid, token } = await resetLinkFor(s, 'ada@example.com')
    expect((await complete(uuid, { token, password: NEW_PASSWORD })).status).toBe(200)
    const ada = await s.client().post('/api/login', {
      email: 'ada@example.com',
      password: NEW_PASSWORD,
    })
    expect(ada.status).toBe(200)
    const row = s.deps.db
      .prepare("SELECT is_email_verified AS v FROM users WHERE email = 'ada@example.com'")
      .get() as { v: number }
    expect(row.v).toBe(1)
  })

  it('works once: the same link again is invalid_token, to GET and POST', async () => {
    const { uuid, token } = await resetLinkFor(s, 'ada@example.com')
    expect((await complete(uuid, { token, password: NEW_PASSWORD })).status).toBe(200)
    expectAnswer(
      await complete(uuid, { token, password: 'another-long-passphrase-here' }),
      400,
      invalidToken,
    )
    expectAnswer(await s.client().get(`/api/reset/${uuid}/?token=${token}`), 400, invalidToken)
    expect((await signIn(NEW_PASSWORD)).status).toBe(200)
  })

  it('resets once when the same link is sent twice at the same time', async () => {
    const { uuid, token } = await resetLinkFor(s, 'ada@example.com')
    const answers = await Promise.all([
      complete(uuid, { token, password: NEW_PASSWORD }),
      complete(uuid, { token, password: 'another-long-passphrase-here' }),
    ])
    expect(answers.map((a) => a.status).sort()).toEqual([200, 400])
  })

  it('refuses a weak password with the validators’ errors and keeps the link', async () => {
    const { uuid, token } = await resetLinkFor(s, 'ada@example.com')
    expectAnswer(
      await complete(uuid, { token, password: 'short' }),
      400,
      validation(
        'invalid_input',
        'This password is too short. It must contain at least 8 characters.',
        'password',
      ),
    )
    expect((await complete(uuid, { token, password: 'password123' })).body).toMatchObject({
      type: 'validation_error',
      code: 'password_too_weak',
      attr: 'password',
    })
    expect((await complete(uuid, { token, password: NEW_PASSWORD })).status).toBe(200)
  })

  it('checks the token before the password, and both are required, token first', async () => {
    const uuid = uuidOf(s, 'ada@example.com')
    expectAnswer(await complete(uuid, { token: 'nonsense', password: 'short' }), 400, invalidToken)
    const required = (attr: string) => validation('required', 'This field is required.', attr)
    expectAnswer(await complete(uuid, {}), 400, required('token'))
    expectAnswer(await complete(uuid, { token: 'x' }), 400, required('password'))
    expectAnswer(
      await complete(uuid, { token: 'x', password: '' }),
      400,
      validation('blank', 'This field may not be blank.', 'password'),
    )
  })

  it('calls an expired link, an unknown uuid or garbage invalid_token', async () => {
    const { uuid, token } = await resetLinkFor(s, 'ada@example.com')
    const body = { token, password: NEW_PASSWORD }
    expectAnswer(await complete('not-a-uuid', body), 400, invalidToken)
    expectAnswer(await complete(uuidOf(s, 'grace@example.com'), body), 400, invalidToken)
    s.clock.advance(86_401)
    expectAnswer(await complete(uuid, body), 400, invalidToken)
    expect((await signIn(PASSWORD)).status).toBe(200)
  })

  it('refuses a cross-site Origin and a body that is not JSON, changing nothing', async () => {
    const { uuid, token } = await resetLinkFor(s, 'ada@example.com')
    const foreign = await s
      .client()
      .post(
        `/api/reset/${uuid}/`,
        { token, password: NEW_PASSWORD },
        { Origin: 'https://evil.example' },
      )
    expectAnswer(
      foreign,
      403,
      permissionDenied(
        'CSRF Failed: Origin checking failed - https://evil.example does not match any trusted origins.',
      ),
    )
    const form = await s
      .client()
      .post(`/api/reset/${uuid}/`, `token=${token}&password=${NEW_PASSWORD}`, {
        'Content-Type': 'application/x-www-form-urlencoded',
      })
    expect(form.status).toBe(415)
    expect((await signIn(PASSWORD)).status).toBe(200)
  })
})
