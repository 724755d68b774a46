import { describe, expect, it } from 'vitest'
import { expectAnswer, permissionDenied } from './testing/envelopes'
import { testServerPerTest } from './testing/per-test'
import { bearer, createKey, KEYS, teamIds } from './testing/personal-api-keys'

const s = testServerPerTest()
const ada = s.signedInPerTest('ada@example.com')

const ME = '/api/users/@me/'
const INVALID = {
  type: 'authentication_error',
  code: 'authentication_failed',
  detail: 'Personal API key found in request Authorization header is invalid.',
  attr: null,
}

describe('a key created through the endpoint', () => {
  it('can GET @me with user:read but cannot PATCH it', async () => {
    const { value } = (await createKey(ada, { scopes: ['user:read'] })).body
    const anon = s.client()
    const me = await anon.get(ME, bearer(value))
    expect(me.status).toBe(200)
    expect(me.body.email).toBe('ada@example.com')
    expectAnswer(
      await anon.patch(ME, { first_name: 'Nope' }, bearer(value)),
      403,
      permissionDenied("API key missing required scope 'user:write'"),
    )
  })

  it('reads with a write grant, and * grants everything', async () => {
    const write = (await createKey(ada, { scopes: ['user:write'] })).body.value
    const all = (await createKey(ada, { scopes: ['*'] })).body.value
    const anon = s.client()
    expect((await anon.get(ME, bearer(write))).status).toBe(200)
    expect((await anon.patch(ME, { first_name: 'Ada' }, bearer(all))).status).toBe(200)
  })

  it('without a user scope cannot read @me', async () => {
    const { value } = (await createKey(ada, { scopes: ['feature_flag:read'] })).body
    expectAnswer(
      await s.client().get(ME, bearer(value)),
      403,
      permissionDenied("API key missing required scope 'user:read'"),
    )
  })
})

describe('rolled and deleted keys', () => {
  it('stops the old value at once after a roll; the new one works', async () => {
    const { id, value } = (await createKey(ada)).body
    const anon = s.client()
    expect((await anon.get(ME, bearer(value))).status).toBe(200)
    const rolled = (await ada.post(`${KEYS}${id}/roll/`)).body.value
    expectAnswer(await anon.get(ME, bearer(value)), 401, INVALID)
    expect((await anon.get(ME, bearer(rolled))).status).toBe(200)
  })

  it('refuses a deleted key with 401', async () => {
    const { id, value } = (await createKey(ada)).body
    const anon = s.client()
    expect((await anon.get(ME, bearer(value))).status).toBe(200)
    await ada.delete(`${KEYS}${id}/`)
    expectAnswer(await anon.get(ME, bearer(value)), 401, INVALID)
  })
})

describe('last_used_at', () => {
  const lastUsed = async (id: string) =>
    (await ada.get(`${KEYS}${id}/`)).body.last_used_at as string | null

  it('is written on first use, not again within the hour, then again after it', async () => {
    const { id, value } = (await createKey(ada)).body
    const anon = s.client()
    // Session use of the keys API does not count.
    expect(await lastUsed(id)).toBeNull()
    await anon.get(ME, bearer(value))
    const first = new Date(s.clock.now()).toISOString()
    expect(await lastUsed(id)).toBe(first)
    s.clock.advance(1800)
    await anon.get(ME, bearer(value))
    expect(await lastUsed(id)).toBe(first)
    s.clock.advance(1801)
    await anon.get(ME, bearer(value))
    expect(await lastUsed(id)).toBe(new Date(s.clock.now()).toISOString())
  })
})

describe('project and organization restrictions', () => {
  const dashboards = (team: number) => `/api/projects/${team}/dashboards/`

  it('limits a key scoped to one project to that project; @me stays readable', async () => {
    const [mine, other] = teamIds(s) as [number, number]
    const { value } = (
      await createKey(ada, { scopes: ['dashboard:read', 'user:read'], scoped_teams: [mine] })
    ).body
    const anon = s.client()
    expect((await anon.get(dashboards(mine), bearer(value))).status).toBe(200)
    expectAnswer(
      await anon.get(dashboards(other), bearer(value)),
      403,
      permissionDenied(`API key does not have access to the requested project: ID ${other}.`),
    )
    expect((await anon.get(ME, bearer(value))).status).toBe(200)
  })

  it('lets a key scoped to an organization reach its projects', async () => {
    const [team] = teamIds(s) as [number]
    const orgId = (await ada.get(ME)).body.organization.id as string
    const { value } = (
      await createKey(ada, { scopes: ['dashboard:read'], scoped_organizations: [orgId] })
    ).body
    expect((await s.client().get(dashboards(team), bearer(value))).status).toBe(200)
  })

  it('needs the object scope on project endpoints', async () => {
    const [team] = teamIds(s) as [number]
    const { value } = (await createKey(ada, { scopes: ['insight:read'] })).body
    expectAnswer(
      await s.client().get(dashboards(team), bearer(value)),
      403,
      permissionDenied("API key missing required scope 'dashboard:read'"),
    )
  })
})
