import { describe, expect, it } from 'vitest'
import { PASSWORD } from './testing/harness'
import { testServerPerTest } from './testing/per-test'

const s = testServerPerTest()
const ada = s.signedInPerTest('ada@example.com')

const codeMails = () => s.outbox().filter((m) => /^\d{6}$/m.test(m.text))
const throttledBody = {
  type: 'throttled_error',
  code: 'throttled',
  detail: expect.stringMatching(/^Request was throttled\. Expected available in \d+ seconds\.$/),
  attr: null,
}

describe('code mails from email changes share the daily verification budget', () => {
  it('ten changes in a row: six mail a code, the rest get 429 and stage nothing', async () => {
    const answers: { status: number; retryAfter: string | null; pending: unknown }[] = []
    for (let i = 1; i <= 10; i++) {
      const res = await ada.patch('/api/users/@me/', { email: `new${i}@example.com` })
      answers.push({
        status: res.status,
        retryAfter: res.headers.get('Retry-After'),
        pending: res.body.pending_email,
      })
      if (res.status === 429) expect(res.body).toEqual(throttledBody)
    }
    expect(answers.slice(0, 6).map((a) => a.status)).toEqual([200, 200, 200, 200, 200, 200])
    expect(answers.slice(0, 6).map((a) => a.pending)).toEqual(
      [1, 2, 3, 4, 5, 6].map((i) => `new${i}@example.com`),
    )
    for (const a of answers.slice(6)) {
      expect(a.status).toBe(429)
      // A day's window, counted from the first change.
      expect(Number(a.retryAfter)).toBeGreaterThan(86_000)
      expect(Number(a.retryAfter)).toBeLessThanOrEqual(86_400)
    }
    expect(codeMails().map((m) => m.to)).toEqual(
      [6, 5, 4, 3, 2, 1].map((i) => `new${i}@example.com`),
    )
    // Nothing from the refused ones: the sixth change is still the pending one, with its code.
    const me = (await ada.get('/api/users/@me/')).body
    expect(me.pending_email).toBe('new6@example.com')
    const code = s.deps.db.prepare('SELECT target_email FROM email_codes').get() as {
      target_email: string
    }
    expect(code.target_email).toBe('new6@example.com')

    // A resend counts in the same budget, so it is refused too.
    const resend = await ada.post('/api/users/request_email_verification/', { uuid: me.uuid })
    expect(resend.status).toBe(429)
    expect(resend.headers.get('Retry-After')).toMatch(/^\d+$/)
    expect(resend.body).toEqual(throttledBody)
    expect(codeMails()).toHaveLength(6)
  })

  it('resends use up the budget of changes too, and it comes back after a day', async () => {
    await ada.patch('/api/users/@me/', { email: 'first@example.com' })
    const { uuid } = (await ada.get('/api/users/@me/')).body as { uuid: string }
    for (let i = 0; i < 5; i++)
      expect((await ada.post('/api/users/request_email_verification/', { uuid })).status).toBe(200)
    const refused = await ada.patch('/api/users/@me/', { email: 'second@example.com' })
    expect(refused.status).toBe(429)
    expect(refused.headers.get('Retry-After')).toMatch(/^\d+$/)
    expect((await ada.get('/api/users/@me/')).body.pending_email).toBe('first@example.com')

    s.clock.advance(86_400)
    // A day later the change needs a fresh sign-in, and the budget is back.
    await ada.post('/api/login', { email: 'ada@example.com', password: PASSWORD })
    const later = await ada.patch('/api/users/@me/', { email: 'second@example.com' })
    expect(later.status).toBe(200)
    expect(later.body.pending_email).toBe('second@example.com')
  })

  it('a refused address costs nothing from the budget', async () => {
    for (let i = 0; i < 8; i++)
      expect((await ada.patch('/api/users/@me/', { email: 'x@example.com.' })).status).toBe(400)
    expect((await ada.patch('/api/users/@me/', { email: 'ok@example.com' })).status).toBe(200)
  })
})
