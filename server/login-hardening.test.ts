import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { verifySecret } from './lib/passwords'
import { DEV_TOOLS_HEADERS, PASSWORD, startTestServer, type TestServer } from './testing/harness'
import { expectAnswer } from './testing/envelopes'

// Counts the password checks, to see how many attempts were evaluated and what they cost.
vi.mock('./lib/passwords', async (importOriginal) => {
  const actual = await importOriginal<typeof import('./lib/passwords')>()
  return { ...actual, verifySecret: vi.fn(actual.verifySecret) }
})
const checks = vi.mocked(verifySecret)

let s: TestServer
afterEach(() => s.close())

const ADA = { email: 'ada@example.com', password: PASSWORD }
const WRONG = { email: 'ada@example.com', password: 'not-her-password' }
const LOCKED = {
  type: 'authentication_error',
  code: 'too_many_failed_attempts',
  detail: 'Too many failed login attempts. Please try again in 10 minutes.',
  attr: null,
}

describe('login CSRF: the sign-in endpoints refuse cross-site requests', () => {
  beforeEach(async () => {
    s = await startTestServer()
  })

  it.each([
    ['a cross-site Origin', { Origin: 'https://evil.example' }],
    ['Origin: null', { Origin: 'null' }],
    ['Sec-Fetch-Site: cross-site', { 'Sec-Fetch-Site': 'cross-site' }],
  ])('POST /api/login and /api/login/token with %s: 403, no session', async (_, headers) => {
    for (const path of ['/api/login', '/api/login/token']) {
      const c = s.client()
      const res = await c.post(path, { ...ADA, token: '123456' }, headers)
      expect(res.status, path).toBe(403)
      expect(res.body).toMatchObject({ code: 'permission_denied' })
      expect(c.cookies.has('sessionid')).toBe(false)
    }
  })

  it('a form body (what a cross-site form can send) is a 415', async () => {
    for (const type of [
      'application/x-www-form-urlencoded',
      'multipart/form-data; boundary=x',
      'text/plain',
    ]) {
      const c = s.client()
      const res = await c.post('/api/login', `email=ada%40example.com&password=${PASSWORD}`, {
        'Content-Type': type,
      })
      expect(res.status, type).toBe(415)
      expect(c.cookies.has('sessionid')).toBe(false)
    }
  })

  it('this origin, and a client that sends no Origin, still sign in', async () => {
    const own = await s.client().post('/api/login', ADA, { Origin: s.url })
    expect(own.status).toBe(200)
    expect((await s.client().post('/api/login', ADA)).status).toBe(200)
  })
})

describe('the lockout (django-axes)', () => {
  it('refuses the limit-th wrong attempt itself, with Retry-After, then even the right password', async () => {
    s = await startTestServer({ loginFailureLimit: 3 })
    const c = s.client()
    expect((await c.post('/api/login', WRONG)).status).toBe(400)
    expect((await c.post('/api/login', WRONG)).status).toBe(400)
    const third = await c.post('/api/login', WRONG)
    expectAnswer(third, 403, LOCKED)
    expect(third.headers.get('retry-after')).toBe('600')
    s.clock.advance(60)
    const right = await c.post('/api/login', ADA)
    expect(right.status).toBe(403)
    expect(right.headers.get('retry-after')).toBe('540')
    s.clock.advance(541)
    expect((await c.post('/api/login', ADA)).status).toBe(200)
  })

  it('a right password before the limit clears the count', async () => {
    s = await startTestServer({ loginFailureLimit: 3 })
    await s.client().post('/api/login', WRONG)
    await s.client().post('/api/login', WRONG)
    expect((await s.client().post('/api/login', ADA)).status).toBe(200)
    expect((await s.client().post('/api/login', WRONG)).status).toBe(400)
  })

  it('after 29 failures, a parallel burst of 40 wrong and the right one: at most one is evaluated', async () => {
    s = await startTestServer({ loginFailureLimit: 30 })
    for (let i = 0; i < 29; i++)
      expect((await s.client().post('/api/login', WRONG)).status).toBe(400)
    checks.mockClear()
    const burst = [...Array(40).fill(WRONG), ADA].map((body) => s.client().post('/api/login', body))
    const answers = await Promise.all(burst)
    expect(checks).toHaveBeenCalledTimes(1)
    const signedIn = answers.filter((r) => r.status === 200).length
    expect(signedIn).toBeLessThanOrEqual(1)
    expect(answers.filter((r) => r.status === 403).length).toBe(41 - signedIn)
    for (const r of answers.filter((a) => a.status === 403))
      expect(r.headers.get('retry-after')).toBeTruthy()
  })

  it('an unknown email, or one without a password, runs the same scrypt as a known one', async () => {
    s = await startTestServer()
    await s
      .devClient()
      .post('/_dev/users', { email: 'nopass@example.com', password: 'x' }, DEV_TOOLS_HEADERS)
    s.deps.db
      .prepare("UPDATE users SET password_hash = NULL WHERE email = 'nopass@example.com'")
      .run()
    checks.mockClear()
    await s.client().post('/api/login', WRONG)
    await s.client().post('/api/login', { email: 'nobody@example.com', password: 'x' })
    await s.client().post('/api/login', { email: 'nopass@example.com', password: 'x' })
    expect(checks).toHaveBeenCalledTimes(3)
    const costs = checks.mock.calls.map(([, stored]) => stored?.split('$').slice(0, 2).join('$'))
    expect(costs[0]).toMatch(/^scrypt\$\d+$/)
    expect(costs).toEqual([costs[0], costs[0], costs[0]])
  })
})
