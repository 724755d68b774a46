import { describe, expect, it } from 'vitest'
import { configFromEnv } from './config'
import { DEV_TOOLS_HEADERS, startTestServer } from './testing/harness'
import { testServerPerTest } from './testing/per-test'

const s = testServerPerTest()

const staffUser = { email: 'mallory@example.com', password: 'x', is_staff: true }
const userCount = () =>
  (s.deps.db.prepare('SELECT COUNT(*) AS n FROM users').get() as { n: number }).n
const FORBIDDEN = { type: 'authentication_error', code: 'permission_denied', attr: null }

describe('the dev tools answer same-origin JSON requests only', () => {
  it.each([
    ['a cross-site Origin', { Origin: 'https://evil.example' }],
    ['Origin: null (a sandboxed page)', { Origin: 'null' }],
    ['a same-site page on another port', { Origin: 'http://127.0.0.1:1' }],
    ['no Origin but Sec-Fetch-Site: cross-site', { 'Sec-Fetch-Site': 'cross-site' }],
    ['no Origin and no Sec-Fetch-Site', {}],
  ])('refuses POST /_dev/users with %s, creating nothing', async (_, headers) => {
    const before = userCount()
    const res = await s.client().post('/_dev/users', staffUser, headers)
    expect(res.status).toBe(403)
    expect(res.body).toMatchObject(FORBIDDEN)
    expect(userCount()).toBe(before)
  })

  it('refuses a form body even from this origin', async () => {
    const before = userCount()
    const res = await s
      .client()
      .post('/_dev/users', 'email=mallory%40example.com&password=x&is_staff=true', {
        ...DEV_TOOLS_HEADERS,
        'Content-Type': 'application/x-www-form-urlencoded',
      })
    expect(res.status).toBe(403)
    expect(userCount()).toBe(before)
  })

  it('keeps every mailed code from a cross-site reader', async () => {
    for (const path of ['/_dev/mail.json', '/_dev/mail']) {
      const res = await s.client().get(path, { 'Sec-Fetch-Site': 'cross-site' })
      expect(res.status).toBe(403)
      expect(res.body).toMatchObject(FORBIDDEN)
    }
  })

  it('answers this origin: Origin equal to the host, or Sec-Fetch-Site same-origin or none', async () => {
    const own = await s.client().post(
      '/_dev/users',
      { email: 'a1@example.com', password: 'x' },
      {
        Origin: s.url,
      },
    )
    expect(own.status).toBe(201)
    for (const site of ['same-origin', 'none']) {
      const res = await s.client().get('/_dev/mail.json', { 'Sec-Fetch-Site': site })
      expect(res.status).toBe(200)
    }
  })

  it('are off with DEV_TOOLS=false, and by default when HOST is not loopback', async () => {
    const off = await startTestServer({ devTools: false })
    try {
      for (const path of ['/_dev/mail.json', '/_dev/mail', '/_dev/users'])
        expect((await off.devClient().get(path)).status).toBe(404)
      expect((await off.devClient().post('/_dev/users', staffUser)).status).toBe(404)
    } finally {
      await off.close()
    }
    expect(configFromEnv({}).app.devTools).toBe(true)
    expect(configFromEnv({ HOST: '0.0.0.0' }).app.devTools).toBe(false)
    expect(configFromEnv({ HOST: '0.0.0.0', DEV_TOOLS: 'true' }).app.devTools).toBe(true)
    expect(configFromEnv({ DEV_TOOLS: 'false' }).app.devTools).toBe(false)
    expect(() => configFromEnv({ DEV_TOOLS: 'maybe' })).toThrow(/DEV_TOOLS/)
  })
})
