import { describe, expect, it } from 'vitest'
import { API_KEY, type Client } from './testing/harness'
import { testServerPerTest } from './testing/per-test'
import { enrol as enrolOn, ME, STATUS_OFF } from './testing/two-factor'
import { expectAnswer, validation as envelope } from './testing/envelopes'

const s = testServerPerTest()

const enrol = (c: Client) => enrolOn(s, c)

describe('backup codes', () => {
  it('needs 2FA first', async () => {
    const c = await s.signedIn('ada@example.com')
    const res = await c.post(`${ME}/two_factor_backup_codes/`)
    expectAnswer(res, 400, envelope('2fa_not_enabled', '2FA must be enabled first'))
  })

  it('generates 10 single codes in PostHog format, stored only as salted hashes, and regenerates all', async () => {
    const c = await s.signedIn('ada@example.com')
    await enrol(c)
    const first = await c.post(`${ME}/two_factor_backup_codes/`)
    expect(first.status).toBe(200)
    const codes = first.body.backup_codes as string[]
    expect(codes).toHaveLength(10)
    for (const code of codes) expect(code).toMatch(/^[a-z2-7]{8}$/)
    expect(new Set(codes).size).toBe(10)
    expect((await c.get(`${ME}/two_factor_status/`)).body.backup_codes_remaining).toBe(10)

    const rows = s.deps.db.prepare('SELECT salt, hash FROM backup_codes').all() as Record<
      string,
      string
    >[]
    expect(rows).toHaveLength(10)
    expect(new Set(rows.map((r) => r.salt)).size).toBe(10)
    const stored = JSON.stringify(rows.map((r) => [r.salt, r.hash]))
    for (const code of codes) expect(stored).not.toContain(code)

    const second = (await c.post(`${ME}/two_factor_backup_codes`)).body.backup_codes as string[]
    expect(second).toHaveLength(10)
    expect(second.filter((code) => codes.includes(code))).toEqual([])
    expect(s.deps.db.prepare('SELECT COUNT(*) AS n FROM backup_codes').get()).toMatchObject({
      n: 10,
    })
  })
})

describe('disable', () => {
  it('removes the device and the backup codes and mails the user', async () => {
    const c = await s.signedIn('ada@example.com')
    await enrol(c)
    await c.post(`${ME}/two_factor_backup_codes/`)
    const res = await c.post(`${ME}/two_factor_disable/`)
    expectAnswer(res, 200, { success: true })
    expect(s.outbox()[0]).toMatchObject({
      to: 'ada@example.com',
      subject: "You've disabled 2FA protection",
    })
    expect((await c.get(`${ME}/two_factor_status/`)).body).toEqual(STATUS_OFF)
    expect(s.deps.db.prepare('SELECT COUNT(*) AS n FROM backup_codes').get()).toMatchObject({
      n: 0,
    })
    expect((await c.post(`${ME}/two_factor_backup_codes/`)).body.code).toBe('2fa_not_enabled')
  })
})

describe('permissions', () => {
  it('refuses personal API keys on every action', async () => {
    const key = s.client()
    key.headers.Authorization = `Bearer ${API_KEY}`
    const refused = {
      type: 'authentication_error',
      code: 'permission_denied',
      detail: 'This action does not support Personal API Key access',
      attr: null,
    }
    for (const [method, action] of [
      ['GET', 'two_factor_start_setup'],
      ['GET', 'two_factor_status'],
      ['POST', 'two_factor_validate'],
      ['POST', 'two_factor_backup_codes'],
      ['POST', 'two_factor_disable'],
    ] as const) {
      const res = await key.request(
        method,
        `${ME}/${action}/`,
        method === 'POST' ? { token: '123456' } : undefined,
      )
      expectAnswer(res, 403, refused)
    }
  })

  it('asks a stale session to re-authenticate before a write, and checks CSRF', async () => {
    const c = await s.signedIn('ada@example.com')
    await enrol(c)
    s.clock.advance(7201)
    expect((await c.get(`${ME}/two_factor_status/`)).status).toBe(200)
    const res = await c.post(`${ME}/two_factor_disable/`)
    expectAnswer(res, 403, {
      type: 'authentication_error',
      code: 'sensitive_action_required_reauth',
      detail: 'This action requires you to be recently authenticated.',
      attr: null,
    })
    const fresh = await s.signedIn('grace@example.com')
    fresh.csrf = false
    expect((await fresh.post(`${ME}/two_factor_disable/`)).status).toBe(403)
  })

  it('applies the @me rule to status, backup codes and disable', async () => {
    const ada = await s.signedIn('ada@example.com')
    const grace = await s.signedIn('grace@example.com')
    const adaUuid = (await ada.get(`${ME}/`)).body.uuid as string
    const graceUuid = (await grace.get(`${ME}/`)).body.uuid as string
    await enrol(ada)
    expect((await grace.get(`/api/users/${adaUuid}/two_factor_status/`)).body.is_enabled).toBe(true)
    const denied = await ada.post(`/api/users/${graceUuid}/two_factor_disable/`)
    expect(denied.status).toBe(403)
    expect(denied.body.detail).toBe(
      "As a non-staff user you're only allowed to access the `@me` user instance.",
    )
    expect((await ada.get(`/api/users/${graceUuid}/two_factor_status/`)).status).toBe(403)
  })

  it('answers 401 signed out and 405 for a method an action lacks', async () => {
    expect((await s.client().get(`${ME}/two_factor_status/`)).status).toBe(401)
    const c = await s.signedIn('ada@example.com')
    const res = await c.get(`${ME}/two_factor_validate/`)
    expectAnswer(res, 405, {
      type: 'invalid_request',
      code: 'method_not_allowed',
      detail: 'Method "GET" not allowed.',
      attr: null,
    })
  })
})
