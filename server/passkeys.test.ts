import { describe, expect, it } from 'vitest'
import {
  passkeyCredentialsSchema,
  passkeyRegistrationOptionsSchema,
  passkeyRequestOptionsSchema,
} from '../contract/passkeys'
import { findUserByEmail } from './store/users'
import { testServerPerTest } from './testing/per-test'
import { API_KEY } from './testing/harness'
import { addPasskey, SoftAuthenticator } from './testing/webauthn'

const s = testServerPerTest()
const ada = s.signedInPerTest('ada@example.com')

const BEGIN = '/api/webauthn/register/begin'
const COMPLETE = '/api/webauthn/register/complete'
const LIST = '/api/webauthn/credentials/'
const bare = (error: string) => ({ error })

describe('registration (contract account-security §1.3–1.4)', () => {
  it('begin answers PostHog creation options for the served host', async () => {
    const res = await ada.post(BEGIN)
    expect(res.status).toBe(200)
    const options = passkeyRegistrationOptionsSchema.parse(res.body)
    const user = findUserByEmail(s.deps.db, 'ada@example.com')!
    expect(options.rp).toEqual({ name: 'PostHog', id: '127.0.0.1' })
    expect(options.user.id).toBe(
      Buffer.from(user.uuid.replace(/-/g, ''), 'hex').toString('base64url'),
    )
    expect(options.user.id).toHaveLength(22)
    expect(options.user.name).toBe('ada@example.com')
    expect(options.challenge).toHaveLength(86)
    expect(options.pubKeyCredParams.map((p) => p.alg)).toEqual([-36, -7, -8])
    expect(options.timeout).toBe(60000)
    expect(options.excludeCredentials).toEqual([])
    expect(options.authenticatorSelection).toEqual({
      residentKey: 'required',
      requireResidentKey: true,
      userVerification: 'required',
    })
    expect(options.attestation).toBe('none')
  })

  it('stores the passkey unverified with its label, listed newest first', async () => {
    const key = new SoftAuthenticator(s.url, undefined, ['internal', 'hybrid'])
    const options = await ada.post(BEGIN)
    const res = await ada.post(COMPLETE, { ...key.register(options.body), label: 'MacBook Pro' })
    expect(res.status).toBe(200)
    expect(res.body).toEqual({
      success: true,
      credential_id: expect.stringMatching(/^[0-9a-f-]{36}$/),
      message: 'Credential stored. Please verify your passkey to complete registration.',
    })
    await addPasskey(ada, s.url, { label: 'YubiKey', verify: false, transports: ['usb', 'nfc'] })
    const list = await ada.get(LIST)
    expect(list.status).toBe(200)
    const items = passkeyCredentialsSchema.parse(list.body)
    expect(items.map((i) => [i.label, i.verified, i.authenticator_type])).toEqual([
      ['YubiKey', false, 'hardware'],
      ['MacBook Pro', false, 'hybrid'],
    ])
    expect(items[1]!.transports).toEqual(['internal', 'hybrid'])
    expect(items[1]!.created_at).toMatch(/Z$/)
    expect(Object.keys(items[0]!).sort()).toEqual(
      ['authenticator_type', 'created_at', 'id', 'label', 'transports', 'verified'].sort(),
    )
  })

  it('labels a passkey "Passkey" when the body has no label', async () => {
    const key = new SoftAuthenticator(s.url)
    const options = await ada.post(BEGIN)
    expect((await ada.post(COMPLETE, key.register(options.body))).status).toBe(200)
    expect((await ada.get(LIST)).body[0].label).toBe('Passkey')
  })

  it('a challenge answers once: a second complete, or one without begin, is refused', async () => {
    const key = new SoftAuthenticator(s.url)
    const noBegin = await ada.post(COMPLETE, key.register({ challenge: 'x' }))
    expect(noBegin).toMatchObject({
      status: 400,
      body: bare('No registration challenge found. Please start registration again.'),
    })
    const options = await ada.post(BEGIN)
    const answer = key.register(options.body)
    expect((await ada.post(COMPLETE, answer)).status).toBe(200)
    expect((await ada.post(COMPLETE, answer)).body).toEqual(
      bare('No registration challenge found. Please start registration again.'),
    )
  })

  it('a failed attempt uses the challenge up too', async () => {
    const key = new SoftAuthenticator(s.url)
    const options = await ada.post(BEGIN)
    key.userVerified = false
    const failed = await ada.post(COMPLETE, key.register(options.body))
    expect(failed).toMatchObject({
      status: 400,
      body: bare('Registration failed: could not complete registration'),
    })
    key.userVerified = true
    expect((await ada.post(COMPLETE, key.register(options.body))).body).toEqual(
      bare('No registration challenge found. Please start registration again.'),
    )
  })

  it('accepts a challenge answered within five minutes', async () => {
    const key = new SoftAuthenticator(s.url)
    const options = await ada.post(BEGIN)
    s.clock.advance(299)
    expect((await ada.post(COMPLETE, key.register(options.body))).status).toBe(200)
  })

  it('refuses a challenge older than five minutes', async () => {
    const key = new SoftAuthenticator(s.url)
    const options = await ada.post(BEGIN)
    s.clock.advance(301)
    expect((await ada.post(COMPLETE, key.register(options.body))).body).toEqual(
      bare('No registration challenge found. Please start registration again.'),
    )
  })

  it.each([
    ['another origin', () => new SoftAuthenticator('https://evil.example', '127.0.0.1')],
    ['another RP ID', () => new SoftAuthenticator(s.url, 'evil.example')],
  ])('refuses an attestation from %s', async (_, make) => {
    const options = await ada.post(BEGIN)
    const res = await ada.post(COMPLETE, make().register(options.body))
    expect(res).toMatchObject({
      status: 400,
      body: bare('Registration failed: could not complete registration'),
    })
  })

  it.each([
    ['a label over 200 characters', { label: 'x'.repeat(201) }],
    ['a label that is not text', { label: 7 }],
    ['a garbled attestation', { response: { clientDataJSON: '!', attestationObject: '!' } }],
  ])('refuses %s with the generic failure', async (_, change) => {
    const options = await ada.post(BEGIN)
    const body = { ...new SoftAuthenticator(s.url).register(options.body), ...change }
    expect((await ada.post(COMPLETE, body)).body).toEqual(
      bare('Registration failed: could not complete registration'),
    )
  })

  it('refuses registering an authenticator already stored for the user', async () => {
    const { key } = await addPasskey(ada, s.url, { verify: false })
    const options = await ada.post(BEGIN)
    expect((await ada.post(COMPLETE, key.register(options.body))).body).toEqual(
      bare('Registration failed: could not complete registration'),
    )
  })

  it('excludes verified passkeys only, with their transports', async () => {
    const verified = await addPasskey(ada, s.url)
    await addPasskey(ada, s.url, { verify: false })
    const options = await ada.post(BEGIN)
    expect(options.body.excludeCredentials).toEqual([
      { id: verified.key.id, type: 'public-key', transports: ['internal'] },
    ])
  })

  it('honours WEBAUTHN_RP_ID and WEBAUTHN_ORIGIN', async () => {
    s.deps.config.webauthnRpId = 'settings.example.com'
    s.deps.config.webauthnOrigin = 'https://settings.example.com'
    expect((await ada.post(BEGIN)).body.rp.id).toBe('settings.example.com')
    const served = await ada.post(BEGIN)
    expect(
      (await ada.post(COMPLETE, new SoftAuthenticator(s.url, '127.0.0.1').register(served.body)))
        .status,
    ).toBe(400)
    const options = await ada.post(BEGIN)
    const key = new SoftAuthenticator('https://settings.example.com')
    expect((await ada.post(COMPLETE, key.register(options.body))).status).toBe(200)
  })
})

describe('who may call (contract account-security §0)', () => {
  it.each([
    ['POST', BEGIN],
    ['POST', COMPLETE],
    ['GET', LIST],
  ])('%s %s is 401 without a session and with a personal API key', async (method, path) => {
    const anon = await s.client().request(method, path)
    expect(anon.status).toBe(401)
    expect(anon.body.code).toBe('not_authenticated')
    const key = await s
      .client()
      .request(method, path, undefined, { Authorization: `Bearer ${API_KEY}` })
    expect(key.status).toBe(401)
  })

  it('writes need the CSRF token', async () => {
    ada.csrf = false
    const res = await ada.post(BEGIN)
    expect(res.status).toBe(403)
    expect(res.body.detail).toMatch(/CSRF/)
  })

  it('needs no recent sign-in', async () => {
    s.clock.advance(3 * 3600)
    expect((await ada.post(BEGIN)).status).toBe(200)
  })

  it('verify answers request options for that one passkey', async () => {
    const { id, key } = await addPasskey(ada, s.url, { verify: false })
    const res = await ada.post(`${LIST}${id}/verify`)
    const options = passkeyRequestOptionsSchema.parse(res.body)
    expect(options).toEqual({
      challenge: expect.any(String),
      timeout: 60000,
      rpId: '127.0.0.1',
      allowCredentials: [{ id: key.id, type: 'public-key', transports: ['internal'] }],
      userVerification: 'required',
    })
  })
})
