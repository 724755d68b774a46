import { describe, expect, it } from 'vitest'
import { testServerPerTest } from './testing/per-test'
import { expectAnswer } from './testing/envelopes'

const s = testServerPerTest()
const ada = s.signedInPerTest('ada@example.com')

const invalidEmail = {
  type: 'validation_error',
  code: 'invalid_input',
  detail: 'Enter a valid email address.',
  attr: 'email',
}

describe('one strict email-address check on every server path', () => {
  it.each([
    'em1<ada@example.com>',
    '"x@example.com"',
    'x@example.com.',
    '"ada"@example.com',
    'ada(x)@example.com',
    'Ada <new@example.com>',
    'new..ada@example.com',
    'new@example..com',
    'new@localhost',
    'new@bücher.example',
    'new@example.com\nBcc: eve@example.com',
  ])('PATCH @me {email: %j} is a 400 and changes nothing', async (email) => {
    const res = await ada.patch('/api/users/@me/', { email, first_name: 'Augusta' })
    expectAnswer(res, 400, invalidEmail)
    const me = (await ada.get('/api/users/@me/')).body
    expect(me).toMatchObject({ email: 'ada@example.com', pending_email: null, first_name: 'Ada' })
    expect(s.outboxBesidesSignIns()).toEqual([])
    expect(s.deps.db.prepare('SELECT count(*) AS n FROM email_codes').get()).toMatchObject({ n: 0 })
  })

  it('still stages a plain address, and one with a punycode domain', async () => {
    const res = await ada.patch('/api/users/@me/', { email: 'ada@xn--bcher-kva.example' })
    expect(res.status).toBe(200)
    expect(res.body.pending_email).toBe('ada@xn--bcher-kva.example')
  })

  it('POST /_dev/users refuses the same addresses', async () => {
    for (const email of ['em1<new@example.com>', '"new@example.com"', 'new@example.com.']) {
      const res = await s.client().post('/_dev/users', { email, password: 'x' }, { Origin: s.url })
      expectAnswer(res, 400, invalidEmail)
    }
    const count = s.deps.db.prepare('SELECT count(*) AS n FROM users').get() as { n: number }
    expect(count.n).toBe(3)
  })
})
