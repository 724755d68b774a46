import { describe, expect, it } from 'vitest'
import { loginSessionsSchema, revokeOtherSessionsSchema } from '../contract/login-sessions'
import { isoPython, isoZ } from './lib/clock'
import { sha256Hex } from './lib/ids'
import { createSession } from './store/sessions'
import { findUserByEmail } from './store/users'
import { expectAnswer, envelope, permissionDenied, reauthRequired } from './testing/envelopes'
import { API_KEY, PASSWORD, type Client } from './testing/harness'
import { testServerPerTest } from './testing/per-test'
import { rawRequest } from './testing/raw-http'
import { codeAt, enrol, ME } from './testing/two-factor'

const s = testServerPerTest()

const SESSIONS = `${ME}/login_sessions/`
const REVOKE_OTHERS = `${SESSIONS}revoke_others/`
const ADA = { email: 'ada@example.com', password: PASSWORD }
const CHROME_MAC =
  'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/135.0.0.0 Safari/537.36'
const FIREFOX_UBUNTU =
  'Mozilla/5.0 (X11; Ubuntu; Linux x86_64; rv:128.0) Gecko/20100101 Firefox/128.0'

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/
const notAuthenticated = envelope(
  'authentication_error',
  'not_authenticated',
  'Authentication credentials were not provided.',
)
const sessionNotFound = envelope('invalid_request', 'not_found', 'Login session not found.')
const endpointNotFound = envelope('invalid_request', 'not_found', 'Endpoint not found.')

/** A browser of its own (its own cookie jar and User-Agent), signed in as Ada. */
async function browser(userAgent = CHROME_MAC): Promise<Client> {
  const c = s.client()
  c.headers = { 'User-Agent': userAgent }
  expect((await c.post('/api/login', ADA)).status).toBe(200)
  return c
}

async function list(c: Client) {
  const res = await c.get(SESSIONS)
  expect(res.status).toBe(200)
  const parsed = loginSessionsSchema.parse(res.body)
  return parsed
}

describe('GET /api/users/@me/login_sessions/', () => {
  it("answers each session in PostHog's shape", async () => {
    const signedInAt = s.clock.now()
    const c = await browser()
    s.clock.advance(5)
    const [only, ...rest] = await list(c)
    expect(rest).toEqual([])
    expect(only).toEqual({
      id: expect.stringMatching(UUID),
      created_at: isoPython(signedInAt),
      last_activity: isoZ(s.clock.now()), // the list refreshes the current session first
      location: null, // no GeoIP here (ADR 0004)
      device: 'Chrome 135.0.0 on Mac OS X 10.15',
      login_method: 'password',
      is_current: true,
    })
    expect(only!.created_at).toMatch(/\+00:00$/)
    expect(only!.last_activity).toMatch(/Z$/)
  })

  it('gives a session the same id each time, and never its key', async () => {
    const c = await browser()
    const first = (await list(c))[0]!.id
    s.clock.advance(120)
    expect((await list(c))[0]!.id).toBe(first)
    const key = c.cookies.get('sessionid')!
    expect(JSON.stringify(await list(c))).not.toContain(key)
    const again = await browser()
    expect((await list(again))[0]!.id).not.toBe(first) // a new sign-in is a new session
  })

  it('lists the current session first, then by last activity, never-active last', async () => {
    const laptop = await browser(CHROME_MAC)
    s.clock.advance(1)
    const desktop = await browser(FIREFOX_UBUNTU)
    s.clock.advance(1)
    const phone = await browser('curl/8.5.0')
    // A session from before sessions kept their activity: every field but the id is null
    // (its created_at is the row's, which the stand-in always has).
    const ada = findUserByEmail(s.deps.db, 'ada@example.com')!
    createSession(s.deps.db, { user_id: ada.id, created_at: s.clock.now() })

    const fromLaptop = await list(laptop)
    expect(fromLaptop.map((x) => [x.device, x.is_current])).toEqual([
      ['Chrome 135.0.0 on Mac OS X 10.15', true],
      ['curl 8.5.0 on Other ', false],
      ['Firefox 128.0 on Ubuntu ', false],
      [null, false],
    ])
    expect(fromLaptop[3]).toMatchObject({ last_activity: null, login_method: null, location: null })

    s.clock.advance(61)
    expect((await desktop.get(`${ME}/`)).status).toBe(200) // active again
    expect((await list(phone)).map((x) => x.device)).toEqual([
      'curl 8.5.0 on Other ',
      'Firefox 128.0 on Ubuntu ',
      'Chrome 135.0.0 on Mac OS X 10.15',
      null,
    ])
  })

  it('leaves out expired sessions and those of other users', async () => {
    const old = await browser(FIREFOX_UBUNTU)
    s.clock.advance(s.deps.config.sessionAgeSec - 10)
    const current = await browser()
    await s.signedIn('grace@example.com')
    s.clock.advance(20) // `old` is past SESSION_COOKIE_AGE now
    expect((await list(current)).map((x) => x.device)).toEqual(['Chrome 135.0.0 on Mac OS X 10.15'])
    expectAnswer(await old.get(`${ME}/`), 401, notAuthenticated)
  })

  it('records the device of the User-Agent, and null without one', async () => {
    const c = await browser(FIREFOX_UBUNTU)
    expect((await list(c))[0]!.device).toBe('Firefox 128.0 on Ubuntu ')
    // fetch always sends a User-Agent; a raw request can send none.
    const signIn = await rawRequest(`${s.url}/api/login`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Host: new URL(s.url).host },
      body: JSON.stringify(ADA),
    })
    expect(signIn.status).toBe(200)
    const cookie = (signIn.headers['set-cookie'] as string[])
      .map((line) => line.split(';')[0]!)
      .join('; ')
    const res = await rawRequest(`${s.url}${SESSIONS}`, {
      headers: { Cookie: cookie, Host: new URL(s.url).host },
    })
    const current = loginSessionsSchema.parse(JSON.parse(res.text)).find((x) => x.is_current)
    expect(current?.device).toBeNull()
  })

  it('says "password" after the second factor too', async () => {
    const settings = await browser()
    const secret = await enrol(s, settings)
    const c = s.client()
    expect((await c.post('/api/login', ADA)).status).toBe(401)
    s.clock.advance(30)
    expect((await c.post('/api/login/token', { token: codeAt(s, secret) })).status).toBe(200)
    const current = (await list(c)).find((x) => x.is_current)
    expect(current?.login_method).toBe('password')
  })

  it('is 401 without a session, and with only a personal API key', async () => {
    expectAnswer(await s.client().get(SESSIONS), 401, notAuthenticated)
    const key = s.client()
    key.headers = { Authorization: `Bearer ${API_KEY}` }
    expectAnswer(await key.get(SESSIONS), 401, notAuthenticated)
    expectAnswer(await key.post(REVOKE_OTHERS), 401, notAuthenticated)
    expectAnswer(await key.request('PUT', SESSIONS), 401, notAuthenticated) // before the 405
    expectAnswer(
      await key.delete(`${SESSIONS}00000000-0000-5000-8000-000000000000/`),
      401,
      notAuthenticated,
    )
  })
})

describe('last activity', () => {
  /** `other`'s last activity as `observer` sees it in the list. */
  const activityOf = async (observer: Client, other: Client) => {
    const id = (await list(other)).find((x) => x.is_current)!.id
    return (await list(observer)).find((x) => x.id === id)!.last_activity
  }

  it('is rewritten at most once a minute, and not by a personal API key', async () => {
    const observer = await browser()
    const other = await browser(FIREFOX_UBUNTU)
    const signedInAt = s.clock.now()
    /** What is stored for `other`, read without a request (a list would refresh it). */
    const stored = () =>
      (
        s.deps.db
          .prepare('SELECT last_activity FROM sessions WHERE key_hash = ?')
          .get(sha256Hex(other.cookies.get('sessionid')!)) as { last_activity: number }
      ).last_activity
    expect(stored()).toBe(signedInAt)

    s.clock.advance(59)
    expect((await other.get(`${ME}/`)).status).toBe(200)
    expect(stored()).toBe(signedInAt) // within the minute: not written

    s.clock.advance(2)
    const key = s.client()
    key.headers = { Authorization: `Bearer ${API_KEY}` }
    expect((await key.get(`${ME}/`)).status).toBe(200)
    expect(stored()).toBe(signedInAt) // a key is no browser session

    expect((await other.get(`${ME}/`)).status).toBe(200)
    expect(stored()).toBe(s.clock.now())
    expect(await activityOf(observer, other)).toBe(isoZ(s.clock.now()))
  })
})

describe('DELETE /api/users/@me/login_sessions/{id}/', () => {
  it('signs that browser out: 204, gone from the list, its next request 401', async () => {
    const mine = await browser()
    const other = await browser(FIREFOX_UBUNTU)
    const id = (await list(mine)).find((x) => !x.is_current)!.id
    const res = await mine.delete(`${SESSIONS}${id}/`)
    expect(res.status).toBe(204)
    expect(res.body).toBeNull()
    expect((await list(mine)).map((x) => x.is_current)).toEqual([true])
    expectAnswer(await other.get(`${ME}/`), 401, notAuthenticated)
    expectAnswer(await mine.delete(`${SESSIONS}${id}/`), 404, sessionNotFound)
  })

  it("is 404 for an id that is none of the user's sessions, or not the route's form", async () => {
    const mine = await browser()
    const grace = await s.signedIn('grace@example.com')
    const graces = (await list(grace))[0]!.id
    expectAnswer(await mine.delete(`${SESSIONS}${graces}/`), 404, sessionNotFound)
    expectAnswer(await mine.delete(`${SESSIONS}abc/`), 404, sessionNotFound)
    expectAnswer(await mine.delete(`${SESSIONS}${graces.toUpperCase()}/`), 404, endpointNotFound)
    expectAnswer(
      await mine.delete(`${SESSIONS}${mine.cookies.get('sessionid')}/`),
      404,
      endpointNotFound,
    )
    expect((await list(grace)).length).toBe(1)
  })

  it('may end the current session too', async () => {
    const mine = await browser()
    const id = (await list(mine))[0]!.id
    expect((await mine.delete(`${SESSIONS}${id}/`)).status).toBe(204)
    expectAnswer(await mine.get(SESSIONS), 401, notAuthenticated)
  })

  it('needs a recent sign-in and the CSRF token', async () => {
    const mine = await browser()
    await browser(FIREFOX_UBUNTU)
    const id = (await list(mine)).find((x) => !x.is_current)!.id
    expectAnswer(
      await mine.delete(`${SESSIONS}${id}/`, { 'X-CSRFToken': 'wrong' }),
      403,
      permissionDenied('CSRF Failed: CSRF token incorrect.'),
    )
    s.clock.advance(s.deps.config.sensitiveWindowSec + 1)
    expectAnswer(await mine.delete(`${SESSIONS}${id}/`), 403, reauthRequired())
    expectAnswer(await mine.post(REVOKE_OTHERS), 403, reauthRequired())
    expect((await list(mine)).length).toBe(2) // the list needs no re-auth
    expect((await mine.post('/api/login', ADA)).status).toBe(200) // re-auth
    expect((await mine.delete(`${SESSIONS}${id}/`)).status).toBe(204)
  })
})

describe('POST /api/users/@me/login_sessions/revoke_others/', () => {
  it('signs out every other browser, expired ones not yet purged counted too', async () => {
    const expired = await browser('curl/8.5.0')
    s.clock.advance(s.deps.config.sessionAgeSec - 10)
    const mine = await browser()
    const others = [await browser(FIREFOX_UBUNTU), await browser(FIREFOX_UBUNTU)]
    const grace = await s.signedIn('grace@example.com')
    s.clock.advance(20)
    expect((await list(mine)).length).toBe(3) // the expired one is not listed
    const res = await mine.post(REVOKE_OTHERS, { anything: 'ignored' })
    expectAnswer(res, 200, { revoked_count: 3 })
    expect(revokeOtherSessionsSchema.safeParse(res.body).success).toBe(true)
    for (const other of [...others, expired])
      expectAnswer(await other.get(`${ME}/`), 401, notAuthenticated)
    expect((await list(mine)).map((x) => x.is_current)).toEqual([true])
    expect((await grace.get(`${ME}/`)).status).toBe(200) // another user's sessions stay
    expectAnswer(await mine.post(REVOKE_OTHERS), 200, { revoked_count: 0 })
  })

  it('needs the CSRF token', async () => {
    const mine = await browser()
    mine.csrf = false
    expectAnswer(
      await mine.post(REVOKE_OTHERS),
      403,
      permissionDenied('CSRF Failed: CSRF token missing.'),
    )
  })
})
