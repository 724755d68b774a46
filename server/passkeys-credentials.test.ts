import { describe, expect, it } from 'vitest'
import { passkeyCredentialSchema } from '../contract/passkeys'
import { testServerPerTest } from './testing/per-test'
import { addPasskey, SoftAuthenticator } from './testing/webauthn'

const s = testServerPerTest()
const ada = s.signedInPerTest('ada@example.com')

const LIST = '/api/webauthn/credentials/'
const bare = (error: string) => ({ error })
const ADDED = 'A passkey was added to your account'
const REMOVED = 'A passkey was removed from your account'
const subjects = () => s.outboxBesidesSignIns().map((m) => m.subject)

async function verifyWith(key: SoftAuthenticator, id: string, step = 1) {
  const options = await ada.post(`${LIST}${id}/verify`)
  return ada.post(`${LIST}${id}/verify_complete`, key.assert(options.body, step))
}

describe('verify and verify_complete (contract account-security §1.8)', () => {
  it('verifies the passkey, mails "passkey added" and answers the credential', async () => {
    const { id, key } = await addPasskey(ada, s.url, { verify: false })
    const res = await verifyWith(key, id)
    expect(res.status).toBe(200)
    expect(passkeyCredentialSchema.parse(res.body)).toMatchObject({ id, verified: true })
    expect((await ada.get(LIST)).body[0].verified).toBe(true)
    expect(subjects()).toEqual([ADDED])
  })

  it('the first verified passkey signs out the other sessions; a later one does not', async () => {
    const other = await s.signedIn('ada@example.com')
    await addPasskey(ada, s.url)
    expect((await other.get('/api/users/@me/')).status).toBe(401)
    expect((await ada.get('/api/users/@me/')).status).toBe(200)
    const third = await s.signedIn('ada@example.com')
    await addPasskey(ada, s.url)
    expect((await third.get('/api/users/@me/')).status).toBe(200)
  })

  it('refuses an unknown or another user’s passkey, and a verified one', async () => {
    const grace = await s.signedIn('grace@example.com')
    const { id: graces } = await addPasskey(grace, s.url, { verify: false })
    expect(await ada.post(`${LIST}${graces}/verify`)).toMatchObject({
      status: 404,
      body: bare('Credential not found.'),
    })
    expect((await ada.post(`${LIST}nope/verify`)).status).toBe(404)
    const { id } = await addPasskey(ada, s.url)
    expect(await ada.post(`${LIST}${id}/verify`)).toMatchObject({
      status: 400,
      body: bare('Credential is already verified.'),
    })
  })

  it('verify_complete without verify, for another id, or twice is refused', async () => {
    const { id, key } = await addPasskey(ada, s.url, { verify: false })
    const { id: second } = await addPasskey(ada, s.url, { verify: false })
    expect(
      await ada.post(`${LIST}${id}/verify_complete`, key.assert({ challenge: 'x' })),
    ).toMatchObject({
      status: 400,
      body: bare('No pending verification. Please start verification again.'),
    })
    const options = await ada.post(`${LIST}${id}/verify`)
    expect(
      (await ada.post(`${LIST}${second}/verify_complete`, key.assert(options.body))).body,
    ).toEqual(bare('Credential ID mismatch.'))
    // The mismatch used the challenge up: one attempt per verify.
    expect((await ada.post(`${LIST}${id}/verify_complete`, key.assert(options.body))).body).toEqual(
      bare('No pending verification. Please start verification again.'),
    )
  })

  it('refuses an assertion by another authenticator, without user verification, or expired', async () => {
    const { id, key } = await addPasskey(ada, s.url, { verify: false })
    const failure = bare('Verification failed: could not complete verification')
    expect((await verifyWith(new SoftAuthenticator(s.url), id)).body).toEqual(failure)
    key.userVerified = false
    expect((await verifyWith(key, id)).body).toEqual(failure)
    key.userVerified = true
    const options = await ada.post(`${LIST}${id}/verify`)
    s.clock.advance(301)
    expect((await ada.post(`${LIST}${id}/verify_complete`, key.assert(options.body))).body).toEqual(
      bare('No pending verification. Please start verification again.'),
    )
    expect((await verifyWith(key, id)).status).toBe(200)
  })

  it('refuses a sign count that does not go up (§1.9)', async () => {
    const key = new SoftAuthenticator(s.url)
    key.counter = 5
    const options = await ada.post('/api/webauthn/register/begin')
    const done = await ada.post('/api/webauthn/register/complete', key.register(options.body))
    const id = done.body.credential_id as string
    expect((await verifyWith(key, id, 0)).body).toEqual(
      bare('Verification failed: could not complete verification'),
    )
    expect((await verifyWith(key, id, 1)).status).toBe(200)
  })

  it('a passkey that always counts 0 (synced) verifies', async () => {
    const { id, key } = await addPasskey(ada, s.url, { verify: false })
    expect((await verifyWith(key, id, 0)).status).toBe(200)
  })
})

describe('rename and delete (contract account-security §1.6–1.7)', () => {
  it('renames and answers the credential, whitespace-only accepted', async () => {
    const { id } = await addPasskey(ada, s.url)
    const res = await ada.patch(`${LIST}${id}/`, { label: 'Work laptop', verified: false })
    expect(res.status).toBe(200)
    expect(res.body).toMatchObject({ id, label: 'Work laptop', verified: true })
    expect((await ada.patch(`${LIST}${id}/`, { label: '   ' })).body.label).toBe('   ')
    expect(subjects()).toEqual([ADDED])
  })

  it.each([
    ['missing', {}],
    ['empty', { label: '' }],
    ['over 200 characters', { label: 'x'.repeat(201) }],
    ['not text', { label: 3 }],
  ])('refuses a label %s', async (_, body) => {
    const { id } = await addPasskey(ada, s.url)
    expect(await ada.patch(`${LIST}${id}/`, body)).toMatchObject({
      status: 400,
      body: bare('Label is required and must be 200 characters or less.'),
    })
  })

  it('deletes, mails "passkey removed" and leaves the other sessions alone', async () => {
    const { id } = await addPasskey(ada, s.url)
    const other = await s.signedIn('ada@example.com')
    const res = await ada.delete(`${LIST}${id}/`)
    expect(res.status).toBe(204)
    expect(res.body).toBeNull()
    expect((await ada.get(LIST)).body).toEqual([])
    expect(subjects().sort()).toEqual([ADDED, REMOVED].sort())
    expect((await other.get('/api/users/@me/')).status).toBe(200)
    expect((await ada.delete(`${LIST}${id}/`)).status).toBe(404)
  })

  it('another user’s passkey is not found for rename or delete', async () => {
    const grace = await s.signedIn('grace@example.com')
    const { id } = await addPasskey(grace, s.url)
    expect(await ada.patch(`${LIST}${id}/`, { label: 'mine' })).toMatchObject({
      status: 404,
      body: bare('Credential not found.'),
    })
    expect((await ada.delete(`${LIST}${id}/`)).body).toEqual(bare('Credential not found.'))
    expect((await grace.get(LIST)).body).toHaveLength(1)
  })
})
