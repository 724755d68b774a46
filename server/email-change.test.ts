import { describe, expect, it } from 'vitest'
import { API_KEY, PASSWORD } from './testing/harness'
import { testServerPerTest } from './testing/per-test'
import {
  envelope as err,
  expectAnswer,
  permissionDenied,
  reauthRequired,
} from './testing/envelopes'

const s = testServerPerTest()
const ada = s.signedInPerTest('ada@example.com')

const codeIn = (text: string) => /^(\d{6})$/m.exec(text)?.[1]
const latestCodeFor = (to: string) => codeIn(s.outbox().find((m) => m.to === to)!.text)!

describe('PATCH /api/users/@me/ {email}', () => {
  it('stages the change: old email kept, pending_email set, a code mailed to the new address', async () => {
    const res = await ada.patch('/api/users/@me/', {
      email: 'Ada.New@Example.com',
      first_name: 'Augusta',
    })
    expect(res.status).toBe(200)
    expect(res.body).toMatchObject({
      email: 'ada@example.com',
      pending_email: 'ada.new@example.com',
      first_name: 'Augusta',
    })
    const [heads, mail] = s.outbox()
    expect(mail!.to).toBe('ada.new@example.com')
    expect(mail!.subject).toBe('Confirm your new PostHog email address')
    expect(mail!.text).toMatch(/^\d{6}$/m)
    expect(mail!.text).toContain('This code expires in 10 minutes.')
    expect(heads!.to).toBe('ada@example.com')
    expect(heads!.text).not.toMatch(/\d{6}/)
    // The code is stored hashed only.
    const row = s.deps.db
      .prepare('SELECT target_email, code_hash, attempts FROM email_codes')
      .get() as Record<string, unknown>
    expect(row.target_email).toBe('ada.new@example.com')
    expect(row.code_hash).not.toContain(codeIn(mail!.text)!)
    expect(row.attempts).toBe(0)
  })

  it('needs a fresh re-auth', async () => {
    s.clock.advance(301)
    const res = await ada.patch('/api/users/@me/', { email: 'ada.new@example.com' })
    expectAnswer(res, 403, reauthRequired("Confirm it's you before changing your email."))
    expect(
      (await ada.post('/api/login', { email: 'ada@example.com', password: PASSWORD })).status,
    ).toBe(200)
    expect((await ada.patch('/api/users/@me/', { email: 'ada.new@example.com' })).status).toBe(200)
  })

  it('refuses personal API keys', async () => {
    const res = await s
      .client()
      .patch(
        '/api/users/@me/',
        { email: 'ada.new@example.com' },
        { Authorization: `Bearer ${API_KEY}` },
      )
    expectAnswer(
      res,
      403,
      permissionDenied(
        'You can only change your email or password from the PostHog app, not with an API key or token.',
      ),
    )
  })

  it('refuses an address another account uses, whatever its case', async () => {
    const res = await ada.patch('/api/users/@me/', { email: 'Grace@Example.com' })
    expectAnswer(
      res,
      400,
      err(
        'validation_error',
        'unique',
        'There is already an account with this email address.',
        'email',
      ),
    )
  })

  it('refuses plus-addressed and malformed addresses', async () => {
    const plus = await ada.patch('/api/users/@me/', { email: 'ada+settings@example.com' })
    expect(plus.status).toBe(400)
    expect(plus.body).toMatchObject({
      type: 'validation_error',
      code: 'invalid_input',
      attr: 'email',
    })
    expect(plus.body.detail).toContain('+')
    for (const email of ['not-an-email', 'ada@', 42]) {
      const bad = await ada.patch('/api/users/@me/', { email })
      expectAnswer(
        bad,
        400,
        err('validation_error', 'invalid_input', 'Enter a valid email address.', 'email'),
      )
    }
    const nul = await ada.patch('/api/users/@me/', { email: null })
    expect(nul.body).toEqual(
      err('validation_error', 'null', 'This field may not be null.', 'email'),
    )
    expect((await ada.get('/api/users/@me/')).body.pending_email).toBeNull()
    expect(s.outboxBesidesSignIns()).toEqual([])
  })

  it('treats the same address in another case as no change', async () => {
    s.clock.advance(301) // a stale session is fine: nothing changes
    const res = await ada.patch('/api/users/@me/', { email: 'ADA@example.com' })
    expect(res.status).toBe(200)
    expect(res.body).toMatchObject({ email: 'ada@example.com', pending_email: null })
    expect(s.outboxBesidesSignIns()).toEqual([])
  })

  it('a second change replaces the first and its code', async () => {
    await ada.patch('/api/users/@me/', { email: 'first@example.com' })
    const first = latestCodeFor('first@example.com')
    const res = await ada.patch('/api/users/@me/', { email: 'second@example.com' })
    expect(res.body.pending_email).toBe('second@example.com')
    const uuid = res.body.uuid as string
    const old = await ada.post('/api/users/verify_email/', { uuid, code: first })
    expect(old.body).toEqual(
      err('validation_error', 'invalid_code', 'This code is invalid or has expired.', 'code'),
    )
    const ok = await ada.post('/api/users/verify_email/', {
      uuid,
      code: latestCodeFor('second@example.com'),
    })
    expect(ok.body).toEqual({ success: true })
    expect((await ada.get('/api/users/@me/')).body.email).toBe('second@example.com')
  })
})

describe('PATCH /api/users/cancel_email_change_request', () => {
  it('clears pending_email and kills the code', async () => {
    const { body: me } = await ada.patch('/api/users/@me/', { email: 'ada.new@example.com' })
    const code = latestCodeFor('ada.new@example.com')
    const res = await ada.patch('/api/users/cancel_email_change_request', {})
    expect(res.status).toBe(200)
    expect(res.body).toMatchObject({ uuid: me.uuid, email: 'ada@example.com', pending_email: null })
    expect(s.deps.db.prepare('SELECT count(*) AS n FROM email_codes').get()).toMatchObject({ n: 0 })
    // Verified with nothing pending: the replay answer, and nothing changes.
    const replay = await s.client().post('/api/users/verify_email', { uuid: me.uuid, code })
    expect(replay.body).toEqual({ success: true, requires_login: true })
    expect((await ada.get('/api/users/@me/')).body.email).toBe('ada@example.com')
  })

  it('answers 400 without a pending change', async () => {
    const res = await ada.patch('/api/users/cancel_email_change_request/')
    expectAnswer(
      res,
      400,
      err(
        'validation_error',
        'email_change_request_not_found',
        'No active email change requests found.',
        null,
      ),
    )
  })

  it('needs a session (not a key) and CSRF', async () => {
    const key = await s
      .client()
      .patch('/api/users/cancel_email_change_request', {}, { Authorization: `Bearer ${API_KEY}` })
    expect(key.status).toBe(403)
    expect(key.body.detail).toBe('This action does not support Personal API Key access')
    expect((await s.client().patch('/api/users/cancel_email_change_request', {})).status).toBe(401)
    ada.csrf = false
    expect((await ada.patch('/api/users/cancel_email_change_request', {})).status).toBe(403)
  })
})
