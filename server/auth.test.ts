import { describe, expect, it } from 'vitest'
import { PASSWORD, startTestServer } from './testing/harness'
import { testServerPerTest } from './testing/per-test'
import { expectAnswer } from './testing/envelopes'

const s = testServerPerTest()

describe('POST /api/login', () => {
  it('signs in and sets an HttpOnly Lax session cookie and a readable CSRF cookie', async () => {
    const c = s.client()
    const res = await c.post('/api/login', { email: 'ada@example.com', password: PASSWORD })
    expectAnswer(res, 200, { success: true })
    const cookies = res.headers.getSetCookie().join('\n')
    expect(cookies).toMatch(/sessionid=[^;]+;.*HttpOnly/i)
    expect(cookies).toMatch(/sessionid=[^;]+;.*SameSite=Lax/i)
    expect(cookies).toMatch(/posthog_csrftoken=/)
    expect(cookies).not.toMatch(/posthog_csrftoken=[^\n]*HttpOnly/i)
    const me = await c.get('/api/users/@me/')
    expect(me.status).toBe(200)
    expect(me.body.email).toBe('ada@example.com')
  })

  it('answers invalid_credentials for a wrong password or an unknown email', async () => {
    for (const body of [
      { email: 'ada@example.com', password: 'wrong-password' },
      { email: 'nobody@example.com', password: PASSWORD },
    ]) {
      const res = await s.client().post('/api/login', body)
      expectAnswer(res, 400, {
        type: 'validation_error',
        code: 'invalid_credentials',
        detail: 'Invalid email or password.',
        attr: null,
      })
    }
  })

  it('names the missing or malformed field', async () => {
    const c = s.client()
    expect((await c.post('/api/login', { password: 'x' })).body).toMatchObject({
      code: 'required',
      attr: 'email',
    })
    expect((await c.post('/api/login', { email: 'ada@example.com' })).body).toMatchObject({
      code: 'required',
      attr: 'password',
    })
    expect(
      (await c.post('/api/login', { email: 'not-an-email', password: 'x' })).body,
    ).toMatchObject({ code: 'invalid_input', attr: 'email' })
    const bad = await c.post('/api/login', '{"email": ')
    expect(bad.status).toBe(400)
    expect(bad.body).toMatchObject({ type: 'invalid_request', code: 'parse_error' })
    const list = await c.post('/api/login', '[1]')
    expect(list.status).toBe(400)
  })

  it('locks an email out after too many failures (django-axes)', async () => {
    const t = await startTestServer({ loginFailureLimit: 3 })
    try {
      for (let i = 0; i < 3; i++)
        await t.client().post('/api/login', { email: 'ada@example.com', password: 'nope-nope' })
      const res = await t
        .client()
        .post('/api/login', { email: 'ada@example.com', password: PASSWORD })
      expect(res.status).toBe(403)
      expect(res.body.code).toBe('too_many_failed_attempts')
      t.clock.advance(601)
      expect(
        (await t.client().post('/api/login', { email: 'ada@example.com', password: PASSWORD }))
          .status,
      ).toBe(200)
    } finally {
      await t.close()
    }
  })

  it('rotates the session key and CSRF token on every sign-in', async () => {
    const c = await s.signedIn('ada@example.com')
    const before = { session: c.cookies.get('sessionid'), csrf: c.cookies.get('posthog_csrftoken') }
    const again = await c.post('/api/login', { email: 'ada@example.com', password: PASSWORD })
    expect(again.status).toBe(200)
    expect(c.cookies.get('sessionid')).not.toBe(before.session)
    expect(c.cookies.get('posthog_csrftoken')).not.toBe(before.csrf)
    // The old key no longer works.
    const stale = s.client()
    stale.cookies.set('sessionid', before.session!)
    expect((await stale.get('/api/users/@me/')).status).toBe(401)
  })

  it('needs CSRF for a re-auth from a signed-in session', async () => {
    const c = await s.signedIn('ada@example.com')
    c.csrf = false
    const res = await c.post('/api/login', { email: 'ada@example.com', password: PASSWORD })
    expect(res.status).toBe(403)
    expect(res.body.detail).toBe('CSRF Failed: CSRF token missing.')
  })
})

describe('POST /logout', () => {
  it('ends the session and redirects to /login', async () => {
    const c = await s.signedIn('ada@example.com')
    const res = await c.post('/logout')
    expect(res.status).toBe(302)
    expect(res.headers.get('location')).toBe('/login')
    expect((await c.get('/api/users/@me/')).status).toBe(401)
  })

  it('also works with a trailing slash and a form token', async () => {
    const c = await s.signedIn('ada@example.com')
    c.csrf = false
    const token = c.cookies.get('posthog_csrftoken')!
    const res = await c.request('POST', '/logout/', `csrfmiddlewaretoken=${token}&next=/settings`, {
      'Content-Type': 'application/x-www-form-urlencoded',
    })
    expect(res.status).toBe(302)
    // As PostHog's test_logout_forwards_safe_next_param: the path is not percent-encoded.
    expect(res.headers.get('location')).toBe('/login?next=/settings')
  })

  it('refuses a cross-site logout without the CSRF token, and GET', async () => {
    const c = await s.signedIn('ada@example.com')
    c.csrf = false
    expect((await c.post('/logout')).status).toBe(403)
    expect((await c.get('/logout')).status).toBe(405)
    expect((await c.get('/api/users/@me/')).status).toBe(200)
  })
})

describe('unauthenticated and unknown', () => {
  it('answers 401 not_authenticated', async () => {
    const res = await s.client().get('/api/users/@me/')
    expectAnswer(res, 401, {
      type: 'authentication_error',
      code: 'not_authenticated',
      detail: 'Authentication credentials were not provided.',
      attr: null,
    })
  })

  it('answers 404 in the envelope for an unknown API path', async () => {
    const res = await s.client().get('/api/nope/')
    expectAnswer(res, 404, {
      type: 'invalid_request',
      code: 'not_found',
      detail: 'Endpoint not found.',
      attr: null,
    })
  })

  it('answers /_health', async () => {
    const res = await s.client().get('/_health')
    expect(res.status).toBe(200)
  })
})
