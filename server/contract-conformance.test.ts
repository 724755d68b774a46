import { describe, expect, it } from 'vitest'
import { errorEnvelopeSchema } from '../contract/errors'
import { loginSessionsSchema, revokeOtherSessionsSchema } from '../contract/login-sessions'
import {
  passwordResetCompleteAnswerSchema,
  passwordResetCompleteResponseSchema,
} from '../contract/password-reset'
import {
  passkeyCredentialSchema,
  passkeyCredentialsSchema,
  passkeyRegistrationDoneSchema,
  passkeyRegistrationOptionsSchema,
  passkeyRequestOptionsSchema,
  webauthnErrorSchema,
} from '../contract/passkeys'
import { personalApiKeyListSchema, personalApiKeySchema } from '../contract/personal-api-keys'
import { userListSchema, userSchema } from '../contract/user'
import { testServerPerTest } from './testing/per-test'
import { NEW_PASSWORD, resetLinkFor } from './testing/password-reset'
import { SoftAuthenticator } from './testing/webauthn'

// The app parses every response with contract/; the server must produce what those schemas accept.
const s = testServerPerTest()

describe('responses match contract/', () => {
  it('the password reset answers (newest PostHog)', async () => {
    const { uuid, token } = await resetLinkFor(s, 'ada@example.com')
    expect((await s.client().get(`/api/reset/${uuid}/?token=${token}`)).status).toBe(200)
    const res = await s.client().post(`/api/reset/${uuid}/`, { token, password: NEW_PASSWORD })
    const parsed = passwordResetCompleteResponseSchema.safeParse(res.body)
    expect(parsed.success, JSON.stringify(parsed.error?.issues)).toBe(true)
    expect(passwordResetCompleteAnswerSchema.safeParse(res.body).data).toEqual(parsed.data)
  })

  it('the User object of each demo account', async () => {
    for (const email of ['ada@example.com', 'grace@example.com', 'alan@example.com']) {
      const c = await s.signedIn(email)
      const res = await c.get('/api/users/@me/')
      const parsed = userSchema.safeParse(res.body)
      expect(parsed.success, JSON.stringify(parsed.error?.issues)).toBe(true)
    }
  })

  it('the paginated user list', async () => {
    const c = await s.signedIn('grace@example.com')
    const parsed = userListSchema.safeParse((await c.get('/api/users/')).body)
    expect(parsed.success, JSON.stringify(parsed.error?.issues)).toBe(true)
    expect(parsed.data?.count).toBe(3)
  })

  it('the personal API key answers: create, list, retrieve, update, roll', async () => {
    const c = await s.signedIn('ada@example.com')
    const created = await c.post('/api/personal_api_keys/', {
      label: 'CI',
      scopes: ['user:read'],
      scoped_teams: [],
      scoped_organizations: [],
    })
    const path = `/api/personal_api_keys/${created.body.id}/`
    for (const body of [
      created.body,
      (await c.get(path)).body,
      (await c.patch(path, { label: 'CI 2' })).body,
      (await c.post(`${path}roll/`)).body,
    ]) {
      const parsed = personalApiKeySchema.safeParse(body)
      expect(parsed.success, JSON.stringify(parsed.error?.issues)).toBe(true)
    }
    const list = personalApiKeyListSchema.safeParse((await c.get('/api/personal_api_keys/')).body)
    expect(list.success, JSON.stringify(list.error?.issues)).toBe(true)
  })

  it('the login sessions list and revoke_others', async () => {
    const c = await s.signedIn('ada@example.com')
    await s.signedIn('ada@example.com')
    const list = loginSessionsSchema.safeParse((await c.get('/api/users/@me/login_sessions/')).body)
    expect(list.success, JSON.stringify(list.error?.issues)).toBe(true)
    expect(list.data).toHaveLength(2)
    const revoked = revokeOtherSessionsSchema.safeParse(
      (await c.post('/api/users/@me/login_sessions/revoke_others/')).body,
    )
    expect(revoked.data).toEqual({ revoked_count: 1 })
  })

  it('the passkey answers: begin, complete, verify, the list, rename, sign-in options', async () => {
    const c = await s.signedIn('ada@example.com')
    const begin = passkeyRegistrationOptionsSchema.safeParse(
      (await c.post('/api/webauthn/register/begin')).body,
    )
    expect(begin.success, JSON.stringify(begin.error?.issues)).toBe(true)
    const key = new SoftAuthenticator(s.url)
    const done = passkeyRegistrationDoneSchema.parse(
      (await c.post('/api/webauthn/register/complete', key.register(begin.data!))).body,
    )
    const path = `/api/webauthn/credentials/${done.credential_id}/`
    const verify = passkeyRequestOptionsSchema.parse((await c.post(`${path}verify`)).body)
    const verified = await c.post(`${path}verify_complete`, key.assert(verify))
    expect(passkeyCredentialSchema.safeParse(verified.body).success).toBe(true)
    expect(
      passkeyCredentialsSchema.safeParse((await c.get('/api/webauthn/credentials/')).body).success,
    ).toBe(true)
    expect(
      passkeyCredentialSchema.safeParse((await c.patch(path, { label: 'x' })).body).success,
    ).toBe(true)
    const login = await s.client().post('/api/webauthn/login/begin/')
    expect(passkeyRequestOptionsSchema.safeParse(login.body).success).toBe(true)
    expect(webauthnErrorSchema.safeParse((await c.patch(path, {})).body).success).toBe(true)
  })

  it('every error envelope', async () => {
    const c = await s.signedIn('ada@example.com')
    const errors = [
      await s.client().get('/api/users/@me/'),
      await c.patch('/api/users/@me/', { role_at_organization: 'astronaut' }),
      await c.get('/api/users/00000000-0000-0000-0000-000000000000/'),
      await c.post('/api/users/'),
      await c.get('/api/nothing-here/'),
      await c.delete('/api/users/@me/login_sessions/00000000-0000-5000-8000-000000000000/'),
      await s.client().post('/api/reset/', {}),
      await c.post('/api/personal_api_keys/', { label: '', scopes: [] }),
      await c.post('/api/personal_api_keys/nope/roll/'),
      await s.client().get('/api/reset/not-a-uuid/?token=x'),
      await s.client().post('/api/reset/not-a-uuid/', { token: 'x', password: 'x' }),
    ]
    for (const res of errors) {
      expect(res.status).toBeGreaterThanOrEqual(400)
      expect(errorEnvelopeSchema.safeParse(res.body).success).toBe(true)
    }
  })
})
