import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { newUuid, sha256Hex } from './lib/ids'
import { API_KEY, startTestServer, type Client, type TestServer } from './testing/harness'
import { expectAnswer } from './testing/envelopes'

let s: TestServer
let anon: Client
beforeEach(async () => {
  s = await startTestServer()
  anon = s.client()
})
afterEach(() => s.close())

const bearer = (key = API_KEY) => ({ Authorization: `Bearer ${key}` })
const denied = (detail: string) => ({
  type: 'authentication_error',
  code: 'permission_denied',
  detail,
  attr: null,
})

/** Adds a personal API key for Ada with the given scopes, stored as seed.ts stores them. */
function addKey(scopes: string[]): string {
  const key = 'phx_readOnlyKeyForAda00000000000000000000000001'
  const ada = s.deps.db.prepare("SELECT id FROM users WHERE email = 'ada@example.com'").get() as {
    id: number
  }
  s.deps.db
    .prepare(
      'INSERT INTO personal_api_keys (id, user_id, label, secure_value, mask_value, scopes, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)',
    )
    .run(
      newUuid(),
      ada.id,
      'Read only',
      'sha256$' + sha256Hex(key),
      'phx_...0001',
      JSON.stringify(scopes),
      s.clock.now(),
    )
  return key
}

describe('personal API keys', () => {
  it('read and write the user without a session or CSRF token', async () => {
    const me = await anon.get('/api/users/@me/', bearer())
    expect(me.status).toBe(200)
    expect(me.body.email).toBe('ada@example.com')
    expect(me.body.sensitive_session_expires_at).toBeNull()
    const res = await anon.patch('/api/users/@me/', { first_name: 'Countess' }, bearer())
    expect(res.status).toBe(200)
    expect(res.body.first_name).toBe('Countess')
  })

  it('need the user:write scope to write', async () => {
    const readOnly = addKey(['user:read'])
    expect((await anon.get('/api/users/@me/', bearer(readOnly))).status).toBe(200)
    const res = await anon.patch('/api/users/@me/', { first_name: 'Nope' }, bearer(readOnly))
    expectAnswer(res, 403, denied("API key missing required scope 'user:write'"))
  })

  it('are refused by scene_personalisation, a custom action without a scope', async () => {
    const res = await anon.post(
      '/api/users/@me/scene_personalisation/',
      { scene: 'Dashboards', dashboard: 1 },
      bearer(),
    )
    expectAnswer(res, 403, denied('This action does not support Personal API Key access'))
  })

  it('are refused by two_factor_status, a custom action without a scope', async () => {
    const res = await anon.get('/api/users/@me/two_factor_status/', bearer())
    expectAnswer(res, 403, denied('This action does not support Personal API Key access'))
  })

  it('answer 401 authentication_failed for an unknown key', async () => {
    const res = await anon.get('/api/users/@me/', bearer('phx_notARealKey'))
    expectAnswer(res, 401, {
      type: 'authentication_error',
      code: 'authentication_failed',
      detail: 'Personal API key found in request Authorization header is invalid.',
      attr: null,
    })
  })

  it('may not change the email or the password', async () => {
    const message = denied(
      'You can only change your email or password from the PostHog app, not with an API key or token.',
    )
    const email = await anon.patch('/api/users/@me/', { email: 'ada.new@example.com' }, bearer())
    expectAnswer(email, 403, message)
    const password = await anon.patch(
      '/api/users/@me/',
      { password: 'quiet-otters-juggle-lanterns', current_password: 'x' },
      bearer(),
    )
    expectAnswer(password, 403, message)
    expect((await anon.get('/api/users/@me/', bearer())).body).toMatchObject({
      email: 'ada@example.com',
      pending_email: null,
    })
  })
})
