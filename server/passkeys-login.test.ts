import { describe, expect, it } from 'vitest'
import { passkeyRequestOptionsSchema } from '../contract/passkeys'
import { PASSWORD, type Client } from './testing/harness'
import { testServerPerTest } from './testing/per-test'
import { addPasskey, type SoftAuthenticator } from './testing/webauthn'

const s = testServerPerTest({ loginFailureLimit: 3 })

const BEGIN = '/api/webauthn/login/begin/'
const COMPLETE = '/api/webauthn/login/complete/'
const FAILED = { error: 'Authentication failed. Please check your passkey and try again.' }
const SESSIONS = '/api/users/@me/login_sessions/'

async function adaWithPasskey() {
  const ada = await s.signedIn('ada@example.com')
  return addPasskey(ada, s.url)
}

async function signIn(c: Client, key: SoftAuthenticator, change: (a: any) => void = () => {}) {
  const options = await c.post(BEGIN)
  expect(options.status).toBe(200)
  const answer = key.assert(options.body)
  change(answer)
  return c.post(COMPLETE, answer)
}

describe('passkey sign-in (contract auth §1.7)', () => {
  it('begin answers discoverable-credential options, with a session for the challenge', async () => {
    const c = s.client()
    const res = await c.post(BEGIN)
    expect(res.status).toBe(200)
    expect(passkeyRequestOptionsSchema.parse(res.body)).toEqual({
      challenge: expect.any(String),
      timeout: 60000,
      rpId: '127.0.0.1',
      allowCredentials: [],
      userVerification: 'required',
    })
    expect(c.cookies.has('sessionid')).toBe(true)
  })

  it('signs in without a password or second factor, the session recording "passkey"', async () => {
    const { key } = await adaWithPasskey()
    const c = s.client()
    const res = await signIn(c, key)
    expect(res).toMatchObject({ status: 200, body: { success: true } })
    expect((await c.get('/api/users/@me/')).body.email).toBe('ada@example.com')
    const sessions = await c.get(SESSIONS)
    expect(sessions.body.find((x: any) => x.is_current).login_method).toBe('passkey')
  })

  it('the challenge answers once, and not after five minutes', async () => {
    const { key } = await adaWithPasskey()
    const c = s.client()
    const options = await c.post(BEGIN)
    const answer = key.assert(options.body)
    expect((await c.post(COMPLETE, answer)).status).toBe(200)
    const again = await c.post(COMPLETE, key.assert(options.body))
    expect(again).toMatchObject({
      status: 400,
      body: { error: 'No login challenge found. Please start login again.' },
    })
    const late = s.client()
    const stale = await late.post(BEGIN)
    s.clock.advance(301)
    expect((await late.post(COMPLETE, key.assert(stale.body))).body).toEqual({
      error: 'No login challenge found. Please start login again.',
    })
  })

  it('refuses a sign count that goes backwards (a cloned authenticator)', async () => {
    const { key } = await adaWithPasskey()
    expect((await signIn(s.client(), key)).status).toBe(200)
    key.counter -= 1
    expect((await signIn(s.client(), key, () => {})).body).toEqual(FAILED)
  })

  it('refuses a userHandle naming another user, and an unverified passkey', async () => {
    const { key } = await adaWithPasskey()
    const grace = await s.signedIn('grace@example.com')
    const options = await grace.post('/api/webauthn/register/begin')
    const other = await signIn(s.client(), key, (a) => {
      a.response.userHandle = options.body.user.id
    })
    expect(other).toMatchObject({ status: 400, body: FAILED })
    const unverified = await addPasskey(grace, s.url, { verify: false })
    expect((await signIn(s.client(), unverified.key)).body).toEqual(FAILED)
  })

  it.each([
    ['no userHandle', (a: any) => delete a.response.userHandle, /^No userHandle in response\./],
    ['no credential id', (a: any) => delete a.id, /^No credential ID in response\.$/],
    [
      'no signature',
      (a: any) => delete a.response.signature,
      /^Invalid response structure\. Missing required fields\.$/,
    ],
  ])('answers %s with its error', async (_, change, error) => {
    const { key } = await adaWithPasskey()
    const res = await signIn(s.client(), key, change)
    expect(res.status).toBe(400)
    expect(res.body.error).toMatch(error)
  })

  it('failures count towards the lockout of the passkey’s owner', async () => {
    const { key } = await adaWithPasskey()
    const bad = (a: any) => {
      a.response.signature = a.response.signature.slice(0, -4) + 'AAAA'
    }
    expect((await signIn(s.client(), key, bad)).status).toBe(400)
    expect((await signIn(s.client(), key, bad)).status).toBe(400)
    const locked = await signIn(s.client(), key, bad)
    expect(locked.status).toBe(403)
    expect(locked.body.code).toBe('too_many_failed_attempts')
    const password = await s
      .client()
      .post('/api/login', { email: 'ada@example.com', password: PASSWORD })
    expect(password.status).toBe(403)
  })

  it('refuses a cross-site sign-in', async () => {
    const { key } = await adaWithPasskey()
    const c = s.client()
    const options = await c.post(BEGIN)
    const res = await c.post(COMPLETE, key.assert(options.body), { 'Sec-Fetch-Site': 'cross-site' })
    expect(res.status).toBe(403)
  })

  it('sends the new-device mail naming the passkey', async () => {
    const { key } = await adaWithPasskey()
    expect(s.outbox().some((m) => /Login method: Passkey/i.test(m.text))).toBe(false)
    expect((await signIn(s.client(), key)).status).toBe(200)
    expect(s.outbox().some((m) => /Login method: Passkey/i.test(m.text))).toBe(true)
  })
})

describe('passkey sign-in, more cases', () => {
  it('signed in already, it is a re-auth: the 2-hour window starts again', async () => {
    const { key } = await adaWithPasskey()
    const c = await s.signedIn('ada@example.com')
    s.clock.advance(7201)
    expect((await c.post('/api/users/@me/login_sessions/revoke_others/')).status).toBe(403)
    expect((await signIn(c, key)).status).toBe(200)
    expect((await c.post('/api/users/@me/login_sessions/revoke_others/')).status).toBe(200)
  })

  it('a deleted passkey no longer signs in', async () => {
    const ada = await s.signedIn('ada@example.com')
    const { key, id } = await addPasskey(ada, s.url)
    expect((await ada.delete(`/api/webauthn/credentials/${id}/`)).status).toBe(204)
    expect((await signIn(s.client(), key)).body).toEqual(FAILED)
  })

  it('old challenges are cleared by later ceremonies', async () => {
    await s.client().post(BEGIN)
    s.clock.advance(301)
    await s.client().post(BEGIN)
    const rows = s.deps.db.prepare('SELECT COUNT(*) AS n FROM webauthn_challenges').get() as {
      n: number
    }
    expect(rows.n).toBe(1)
  })
})
