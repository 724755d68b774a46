import { describe, expect, it } from 'vitest'
import { envelope, expectAnswer } from './testing/envelopes'
import { PASSWORD, type Client } from './testing/harness'
import { testServerPerTest } from './testing/per-test'
import { enrol, ME, STATUS_OFF } from './testing/two-factor'
import { findVerifiedByCredentialId } from './store/webauthn-credentials'
import { addPasskey, type SoftAuthenticator } from './testing/webauthn'

const s = testServerPerTest()
const ada = s.signedInPerTest('ada@example.com')

const ADA = { email: 'ada@example.com', password: PASSWORD }
const STATUS = `${ME}/two_factor_status/`
const METHODS = '/api/login/2fa/passkey/methods/'
const BEGIN = '/api/login/2fa/passkey/begin/'
const TOKEN = '/api/login/token'
const enablePasskeys = () => ada.patch(`${ME}/`, { passkeys_enabled_for_2fa: true })

/** A fresh browser past the password step, waiting at the second one. */
async function atSecondStep(): Promise<Client> {
  const c = s.client()
  const res = await c.post('/api/login', ADA)
  expect(res.status).toBe(401)
  expect(res.body.code).toBe('2fa_required')
  return c
}

async function passkeyAnswer(c: Client, key: SoftAuthenticator) {
  const options = await c.post(BEGIN)
  expect(options.status).toBe(200)
  return { credential_id: key.id, response: key.assert(options.body).response }
}

describe('PATCH @me passkeys_enabled_for_2fa (contract account-security §1.12)', () => {
  it('needs a verified passkey to turn on', async () => {
    await addPasskey(ada, s.url, { verify: false })
    expectAnswer(
      await enablePasskeys(),
      400,
      envelope(
        'validation_error',
        'no_passkeys',
        'You must have at least one passkey set up before enabling passkeys for 2FA.',
        'passkeys_enabled_for_2fa',
      ),
    )
  })

  it('off→on signs out the other sessions; on again or off does not', async () => {
    await addPasskey(ada, s.url)
    const other = await s.signedIn('ada@example.com')
    const res = await enablePasskeys()
    expect(res.status).toBe(200)
    expect(res.body).toMatchObject({ passkeys_enabled_for_2fa: true, is_2fa_enabled: true })
    expect((await other.get(`${ME}/`)).status).toBe(401)
    const third = await s.signedIn('ada@example.com').catch(() => null)
    expect(third).toBeNull() // now the password alone is not enough
    expect((await enablePasskeys()).status).toBe(200)
    expect((await ada.patch(`${ME}/`, { passkeys_enabled_for_2fa: false })).status).toBe(200)
    expect((await ada.get(`${ME}/`)).status).toBe(200)
  })

  it('needs a recent sign-in', async () => {
    await addPasskey(ada, s.url)
    s.clock.advance(7201)
    const res = await enablePasskeys()
    expect(res.status).toBe(403)
    expect(res.body.code).toBe('sensitive_action_required_reauth')
  })
})

describe('two_factor_status with passkeys (§1.11)', () => {
  it('follows register, verify, enable, delete and add again', async () => {
    const { id: unverified } = await addPasskey(ada, s.url, { verify: false })
    expect((await ada.get(STATUS)).body).toEqual(STATUS_OFF)
    await ada.delete(`/api/webauthn/credentials/${unverified}/`)
    const { id } = await addPasskey(ada, s.url)
    expect((await ada.get(STATUS)).body).toEqual({ ...STATUS_OFF, has_passkeys: true })
    await enablePasskeys()
    const on = {
      ...STATUS_OFF,
      has_passkeys: true,
      passkeys_enabled_for_2fa: true,
      method: 'passkey',
      is_enabled: true,
    }
    expect((await ada.get(STATUS)).body).toEqual(on)
    await ada.delete(`/api/webauthn/credentials/${id}/`)
    expect((await ada.get(STATUS)).body).toEqual(STATUS_OFF)
    expect((await ada.get(`${ME}/`)).body).toMatchObject({
      passkeys_enabled_for_2fa: true,
      is_2fa_enabled: false,
    })
    await addPasskey(ada, s.url)
    expect((await ada.get(STATUS)).body).toEqual(on)
  })

  it('says TOTP when the user has both', async () => {
    await addPasskey(ada, s.url)
    await enablePasskeys()
    await enrol(s, ada)
    expect((await ada.get(STATUS)).body).toMatchObject({
      method: 'TOTP',
      passkeys_enabled_for_2fa: true,
    })
  })
})

describe('a passkey as the second factor (contract auth §1.3–1.4, §2.3)', () => {
  it('password then passkey signs in, remembers the browser, stores the count', async () => {
    const { key } = await addPasskey(ada, s.url)
    await enablePasskeys()
    const c = await atSecondStep()
    expect(await c.get(METHODS)).toMatchObject({
      status: 200,
      body: { has_totp: false, has_passkeys: true },
    })
    const options = await c.post(BEGIN)
    expect(options.body).toMatchObject({
      rpId: '127.0.0.1',
      allowCredentials: [{ id: key.id, type: 'public-key', transports: ['internal'] }],
      userVerification: 'required',
    })
    const res = await c.post(TOKEN, {
      credential_id: key.id,
      response: key.assert(options.body).response,
    })
    expect(res).toMatchObject({ status: 200, body: { success: true } })
    expect(findVerifiedByCredentialId(s.deps.db, key.id)!.counter).toBe(key.counter)
    expect((await c.get(`${ME}/`)).body.email).toBe('ada@example.com')
    const sessions = await c.get(`${ME}/login_sessions/`)
    expect(sessions.body.find((x: any) => x.is_current).login_method).toBe('password')
    // Remembered: the next password sign-in from this browser skips the step.
    await c.post('/logout')
    expect((await c.post('/api/login', ADA)).status).toBe(200)
  })

  it('the challenge is single use', async () => {
    const { key } = await addPasskey(ada, s.url)
    await enablePasskeys()
    const c = await atSecondStep()
    const answer = await passkeyAnswer(c, key)
    const noChallenge = envelope(
      'validation_error',
      '2fa_no_challenge',
      'No 2FA challenge found. Please start 2FA again.',
    )
    const wrong = {
      ...answer,
      response: { ...answer.response, signature: answer.response.signature.slice(0, -4) + 'AAAA' },
    }
    expectAnswer(
      await c.post(TOKEN, wrong),
      400,
      envelope(
        'validation_error',
        '2fa_passkey_failed',
        'Passkey verification failed. Please try again.',
      ),
    )
    expectAnswer(await c.post(TOKEN, answer), 400, noChallenge)
  })

  it('refuses another user’s or an unknown passkey', async () => {
    await addPasskey(ada, s.url)
    await enablePasskeys()
    const grace = await s.signedIn('grace@example.com')
    const { key: graces } = await addPasskey(grace, s.url)
    const c = await atSecondStep()
    expectAnswer(
      await c.post(TOKEN, await passkeyAnswer(c, graces)),
      400,
      envelope('validation_error', '2fa_invalid_passkey', 'Invalid passkey.'),
    )
    const unknown = { ...(await passkeyAnswer(c, graces)), credential_id: 'bm9wZQ' }
    expect((await c.post(TOKEN, unknown)).body.code).toBe('2fa_invalid_passkey')
  })

  it('the helpers need a pending sign-in, and passkeys on', async () => {
    const none = s.client()
    const noPending = { error: 'No pending 2FA session. Please log in first.' }
    expect(await none.get(METHODS)).toMatchObject({ status: 400, body: noPending })
    expect(await none.post(BEGIN)).toMatchObject({ status: 400, body: noPending })
    const secret = await enrol(s, ada)
    expect(secret).toBeTruthy()
    const c = await atSecondStep()
    expect((await c.get(METHODS)).body).toEqual({ has_totp: true, has_passkeys: false })
    expect((await c.post(BEGIN)).body).toEqual({ error: 'No passkeys found for this user.' })
    await addPasskey(ada, s.url)
    expect((await c.post(BEGIN)).body).toEqual({
      error: 'Passkeys are not enabled for 2FA. Please enable them in your settings.',
    })
  })

  it('a passkey sign-in needs no second factor even with passkey 2FA on', async () => {
    const { key } = await addPasskey(ada, s.url)
    await enablePasskeys()
    const c = s.client()
    const options = await c.post('/api/webauthn/login/begin/')
    expect((await c.post('/api/webauthn/login/complete/', key.assert(options.body))).status).toBe(
      200,
    )
    expect((await c.get(`${ME}/`)).status).toBe(200)
  })
})
