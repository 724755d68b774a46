import { describe, expect, it } from 'vitest'
import { DEV_TOOLS_HEADERS, PASSWORD, startTestServer } from './testing/harness'
import { testServerPerTest } from './testing/per-test'
import { expectAnswer, expectThrottled, permissionDenied, validation } from './testing/envelopes'
import {
  invalidToken,
  mailedLink,
  NEW_PASSWORD,
  requestReset,
  resetLinkFor,
  resetMails,
  uuidOf,
} from './testing/password-reset'

const s = testServerPerTest()
const DAY = 86_400

const check = (uuid: string, token?: string) =>
  s
    .client()
    .get(`/api/reset/${uuid}/${token === undefined ? '' : `?token=${encodeURIComponent(token)}`}`)

describe('POST /api/reset/', () => {
  it('answers 204 with no body and mails the account a link to its reset page', async () => {
    const res = await requestReset(s, 'ada@example.com')
    expectAnswer(res, 204, null)
    const [mail, ...more] = resetMails(s, 'ada@example.com')
    expect(more).toEqual([])
    expect(mail!.text).toContain('Hi Ada,')
    const link = mailedLink(s, 'ada@example.com')
    expect(link.origin).toBe(s.url)
    expect(link.uuid).toBe(uuidOf(s, 'ada@example.com'))
    expect((await check(link.uuid, link.token)).status).toBe(200)
  })

  it('links to https when the site is served over TLS (Secure cookies)', async () => {
    const tls = await startTestServer({ secureCookies: true })
    try {
      await requestReset(tls, 'ada@example.com')
      expect(mailedLink(tls, 'ada@example.com').origin).toBe(tls.url.replace('http:', 'https:'))
    } finally {
      await tls.close()
    }
  })

  it('finds the account whatever the case and spaces of the address', async () => {
    expect((await requestReset(s, '  ADA@Example.COM ')).status).toBe(204)
    expect(resetMails(s, 'ada@example.com')).toHaveLength(1)
  })

  it('answers an unknown or deactivated address the same, and mails nothing', async () => {
    s.deps.db.prepare("UPDATE users SET is_active = 0 WHERE email = 'grace@example.com'").run()
    expectAnswer(await requestReset(s, 'nobody@example.com'), 204, null)
    expectAnswer(await requestReset(s, 'grace@example.com'), 204, null)
    expect(s.outbox()).toEqual([])
  })

  it('refuses a missing, empty, null or malformed address with DRF’s errors', async () => {
    const post = (body: unknown) => s.client().post('/api/reset/', body)
    expectAnswer(await post({}), 400, validation('required', 'This field is required.', 'email'))
    expectAnswer(
      await post({ email: ' ' }),
      400,
      validation('blank', 'This field may not be blank.', 'email'),
    )
    expectAnswer(
      await post({ email: null }),
      400,
      validation('null', 'This field may not be null.', 'email'),
    )
    expectAnswer(
      await post({ email: 'ada' }),
      400,
      validation('invalid_input', 'Enter a valid email address.', 'email'),
    )
  })

  it('allows 6 requests per address a day, counted case-insensitively, then 429', async () => {
    for (const email of ['ada@example.com', 'ADA@example.com', 'Ada@Example.com'])
      for (let i = 0; i < 2; i++) expect((await requestReset(s, email)).status).toBe(204)
    expectThrottled(await requestReset(s, ' ada@EXAMPLE.com'), DAY)
    expect(resetMails(s, 'ada@example.com')).toHaveLength(6)
    // Another address has its own budget, and a day later this one has a new one.
    expect((await requestReset(s, 'grace@example.com')).status).toBe(204)
    s.clock.advance(DAY)
    expect((await requestReset(s, 'ada@example.com')).status).toBe(204)
  })

  it('refuses a cross-site Origin and a body that is not JSON, mailing nothing', async () => {
    const client = s.client()
    const foreign = await client.post(
      '/api/reset/',
      { email: 'ada@example.com' },
      { Origin: 'https://evil.example' },
    )
    expectAnswer(
      foreign,
      403,
      permissionDenied(
        'CSRF Failed: Origin checking failed - https://evil.example does not match any trusted origins.',
      ),
    )
    const form = await client.post('/api/reset/', 'email=ada%40example.com', {
      'Content-Type': 'application/x-www-form-urlencoded',
    })
    expect(form.status).toBe(415)
    expect(form.body).toMatchObject({ code: 'unsupported_media_type' })
    expect(s.outbox()).toEqual([])
  })

  it('needs the CSRF token from a signed-in caller, as every session write does', async () => {
    const grace = await s.signedIn('grace@example.com')
    grace.csrf = false
    const res = await grace.post('/api/reset/', { email: 'ada@example.com' })
    expectAnswer(res, 403, permissionDenied('CSRF Failed: CSRF token missing.'))
    grace.csrf = true
    expect((await requestReset(s, 'ada@example.com', grace)).status).toBe(204)
  })
})

describe('GET /api/reset/<uuid>/?token=…', () => {
  it('answers 200 with an empty body for a valid link', async () => {
    const { uuid, token } = await resetLinkFor(s, 'ada@example.com')
    const res = await check(uuid, token)
    expect(res.status).toBe(200)
    expect(res.body).toBeNull()
  })

  it('asks for the token when it is missing or empty', async () => {
    const uuid = uuidOf(s, 'ada@example.com')
    const required = validation('required', 'This field is required.', 'token')
    expectAnswer(await check(uuid), 400, required)
    expectAnswer(await check(uuid, ''), 400, required)
  })

  it('calls a wrong token, another user’s, an unknown uuid or garbage invalid_token', async () => {
    const { uuid, token } = await resetLinkFor(s, 'ada@example.com')
    const grace = uuidOf(s, 'grace@example.com')
    for (const [u, t] of [
      [uuid, 'nonsense'],
      [uuid, `${token.slice(0, -1)}${token.endsWith('0') ? '1' : '0'}`],
      [grace, token],
      ['00000000-0000-0000-0000-000000000000', token],
      ['not-a-uuid', token],
      ['%E0%A4%A', token],
    ])
      expectAnswer(await check(u!, t), 400, invalidToken)
  })

  it('lasts one day', async () => {
    const { uuid, token } = await resetLinkFor(s, 'ada@example.com')
    s.clock.advance(DAY)
    expect((await check(uuid, token)).status).toBe(200)
    s.clock.advance(1)
    expectAnswer(await check(uuid, token), 400, invalidToken)
  })

  it('dies when a newer reset is requested; the newer link works', async () => {
    const first = await resetLinkFor(s, 'ada@example.com')
    s.clock.advance(1)
    const second = await resetLinkFor(s, 'ada@example.com')
    expectAnswer(await check(first.uuid, first.token), 400, invalidToken)
    expect((await check(second.uuid, second.token)).status).toBe(200)
  })

  it('dies when the password is changed in the settings', async () => {
    const { uuid, token } = await resetLinkFor(s, 'ada@example.com')
    const ada = await s.signedIn('ada@example.com')
    const change = await ada.patch('/api/users/@me/', {
      current_password: PASSWORD,
      password: NEW_PASSWORD,
    })
    expect(change.status).toBe(200)
    expectAnswer(await check(uuid, token), 400, invalidToken)
  })

  it('dies for a deactivated account', async () => {
    const { uuid, token } = await resetLinkFor(s, 'ada@example.com')
    s.deps.db.prepare("UPDATE users SET is_active = 0 WHERE email = 'ada@example.com'").run()
    expectAnswer(await check(uuid, token), 400, invalidToken)
  })
})

describe('POST /_dev/password-reset-token', () => {
  const mint = (body: unknown, headers: Record<string, string> = DEV_TOOLS_HEADERS) =>
    s.client().post('/_dev/password-reset-token', body, headers)

  it('mints a working link without changing the mailed one', async () => {
    const mailed = await resetLinkFor(s, 'ada@example.com')
    const res = await mint({ email: 'ADA@example.com' })
    expect(res.status).toBe(200)
    const { uuid, token, path } = res.body as { uuid: string; token: string; path: string }
    expect(uuid).toBe(mailed.uuid)
    expect(path).toBe(`/reset/${uuid}/${token}`)
    expect((await check(uuid, token)).status).toBe(200)
    expect((await check(mailed.uuid, mailed.token)).status).toBe(200)
  })

  it('dates the link age_seconds ago, so an expired one needs no waiting', async () => {
    const fresh = (await mint({ email: 'ada@example.com', age_seconds: DAY })).body
    expect((await check(fresh.uuid, fresh.token)).status).toBe(200)
    const old = (await mint({ email: 'ada@example.com', age_seconds: DAY + 1 })).body
    expectAnswer(await check(old.uuid, old.token), 400, invalidToken)
  })

  it('refuses an unknown address, a bad age and a request that is not same-origin', async () => {
    expect((await mint({ email: 'nobody@example.com' })).status).toBe(404)
    for (const age_seconds of [-1, 1.5, 'soon'])
      expect((await mint({ email: 'ada@example.com', age_seconds })).body).toMatchObject({
        code: 'invalid_input',
        attr: 'age_seconds',
      })
    expect((await mint({ email: 'ada@example.com' }, {})).status).toBe(403)
  })
})
