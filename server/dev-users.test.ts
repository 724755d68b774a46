import { describe, expect, it } from 'vitest'
import { testServerPerTest } from './testing/per-test'

const s = testServerPerTest()

describe('POST /_dev/users (test accounts on the local server)', () => {
  it('creates a member who can sign in', async () => {
    const res = await s
      .devClient()
      .post('/_dev/users', { email: 'Test1@Example.com', password: 'long-enough-password' })
    expect(res.status).toBe(201)
    const c = s.client()
    expect(
      (await c.post('/api/login', { email: 'test1@example.com', password: 'long-enough-password' }))
        .status,
    ).toBe(200)
    const me = await c.get('/api/users/@me/')
    expect(me.body.organization.name).toBe('Demo Organization')
  })

  it('creates a user without an organization, and refuses duplicates and bad input', async () => {
    expect(
      (
        await s.devClient().post('/_dev/users', {
          email: 'solo@example.com',
          password: 'pw-pw-pw-pw',
          organization: false,
        })
      ).status,
    ).toBe(201)
    const c = await s.client()
    await c.post('/api/login', { email: 'solo@example.com', password: 'pw-pw-pw-pw' })
    expect((await c.get('/api/users/@me/')).body.organizations).toEqual([])
    expect(
      (await s.devClient().post('/_dev/users', { email: 'solo@example.com', password: 'x' })).body
        .code,
    ).toBe('unique')
    expect((await s.devClient().post('/_dev/users', { email: 'nope', password: 'x' })).status).toBe(
      400,
    )
    expect((await s.devClient().post('/_dev/users', { email: 'a@b.co' })).body).toMatchObject({
      code: 'required',
      attr: 'password',
    })
  })
})
