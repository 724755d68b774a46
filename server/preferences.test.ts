import { describe, expect, it } from 'vitest'
import { API_KEY, type Client } from './testing/harness'
import { testServerPerTest } from './testing/per-test'
import { envelope as err, expectAnswer, permissionDenied } from './testing/envelopes'

const s = testServerPerTest()
const ada = s.signedInPerTest('ada@example.com')

const bearer = { Authorization: `Bearer ${API_KEY}` }

async function dashboardIds(project: string | number = '@current') {
  const res = await ada.get(`/api/projects/${project}/dashboards/`)
  return (res.body.results as { id: number; name: string }[]).map((d) => d.id)
}

async function stagingTeamId(): Promise<number> {
  const me = await ada.get('/api/users/@me/')
  return (me.body.organization.teams as { id: number; name: string }[]).find(
    (t) => t.name === 'Staging',
  )!.id
}

describe('hedgehog_config', () => {
  it('answers {} when unset, then PATCH replaces the whole value (no trailing slash)', async () => {
    expect((await ada.get('/api/users/@me/hedgehog_config/')).body).toEqual({})
    const first = await ada.patch('/api/users/@me/hedgehog_config', {
      enabled: true,
      color: 'blue',
      accessories: ['beret'],
    })
    expectAnswer(first, 200, { enabled: true, color: 'blue', accessories: ['beret'] })
    const second = await ada.patch('/api/users/@me/hedgehog_config', { skin: 'robohog' })
    expect(second.body).toEqual({ skin: 'robohog' })
    expect((await ada.get('/api/users/@me/hedgehog_config')).body).toEqual({ skin: 'robohog' })
    expect((await ada.get('/api/users/@me/')).body.hedgehog_config).toEqual({ skin: 'robohog' })
  })

  it('refuses a body that is not an object', async () => {
    const res = await ada.patch('/api/users/@me/hedgehog_config', [1, 2])
    expectAnswer(
      res,
      400,
      err(
        'validation_error',
        'invalid_input',
        'Invalid data. Expected a dictionary, but got list.',
      ),
    )
  })

  it('takes user:read / user:write keys and refuses non-staff access to another user', async () => {
    const anon = s.client()
    expect((await anon.get('/api/users/@me/hedgehog_config', bearer)).status).toBe(200)
    expect(
      (await anon.patch('/api/users/@me/hedgehog_config', { enabled: false }, bearer)).body,
    ).toEqual({ enabled: false })
    const grace = (await (await s.signedIn('grace@example.com')).get('/api/users/@me/')).body.uuid
    const res = await ada.get(`/api/users/${grace}/hedgehog_config`)
    expect(res.status).toBe(403)
    expect(res.body.detail).toBe(
      "As a non-staff user you're only allowed to access the `@me` user instance.",
    )
  })
})

describe('stale sessions and the exempt actions', () => {
  it('lets hedgehog_config, scene_personalisation and product_intro_seen through after 2 h', async () => {
    const [first] = await dashboardIds()
    s.clock.advance(7201)
    expect((await ada.patch('/api/users/@me/', { first_name: 'Late' })).body.code).toBe(
      'sensitive_action_required_reauth',
    )
    expect((await ada.patch('/api/users/@me/hedgehog_config', { enabled: true })).status).toBe(200)
    expect(
      (
        await ada.post('/api/users/@me/scene_personalisation', {
          scene: 'Dashboards',
          dashboard: first,
        })
      ).status,
    ).toBe(200)
    expect(
      (await ada.patch('/api/users/@me/product_intro_seen', { product_key: 'surveys' })).status,
    ).toBe(200)
  })
})

describe('scene_personalisation', () => {
  it('upserts per user, current team and scene, answering the full user', async () => {
    const [productAnalytics, webAnalytics] = await dashboardIds()
    const first = await ada.post('/api/users/@me/scene_personalisation/', {
      scene: 'Dashboards',
      dashboard: productAnalytics,
    })
    expect(first.status).toBe(200)
    expect(first.body.email).toBe('ada@example.com')
    expect(first.body.scene_personalisation).toEqual([
      { scene: 'Dashboards', dashboard: productAnalytics },
    ])
    const again = await ada.post('/api/users/@me/scene_personalisation', {
      scene: 'Dashboards',
      dashboard: webAnalytics,
    })
    expect(again.body.scene_personalisation).toEqual([
      { scene: 'Dashboards', dashboard: webAnalytics },
    ])
    // Another team has its own personalisation.
    await ada.patch('/api/users/@me/', { set_current_team: await stagingTeamId() })
    expect((await ada.get('/api/users/@me/')).body.scene_personalisation).toEqual([])
  })

  it('refuses a dashboard of another team, a missing one, and missing fields', async () => {
    const staging = await dashboardIds(await stagingTeamId())
    const wrong = await ada.post('/api/users/@me/scene_personalisation', {
      scene: 'Dashboards',
      dashboard: staging[0],
    })
    expectAnswer(
      wrong,
      400,
      err(
        'validation_error',
        'invalid_input',
        "Dashboard must belong to the user's current team.",
        'dashboard',
      ),
    )
    expect(
      (
        await ada.post('/api/users/@me/scene_personalisation', {
          scene: 'Dashboards',
          dashboard: 9999,
        })
      ).body,
    ).toEqual(
      err(
        'validation_error',
        'does_not_exist',
        'Invalid pk "9999" - object does not exist.',
        'dashboard',
      ),
    )
    expect(
      (
        await ada.post('/api/users/@me/scene_personalisation', {
          scene: 'Dashboards',
          dashboard: 'abc',
        })
      ).body,
    ).toEqual(
      err(
        'validation_error',
        'incorrect_type',
        'Incorrect type. Expected pk value, received str.',
        'dashboard',
      ),
    )
    expect(
      (await ada.post('/api/users/@me/scene_personalisation', { scene: 'Dashboards' })).body,
    ).toEqual(err('validation_error', 'invalid_input', 'Dashboard must be provided.', 'dashboard'))
    const [mine] = await dashboardIds()
    expect(
      (await ada.post('/api/users/@me/scene_personalisation', { dashboard: mine })).body,
    ).toEqual(err('validation_error', 'invalid_input', 'Scene must be provided.', 'scene'))
    expect(
      (
        await ada.post('/api/users/@me/scene_personalisation', {
          scene: 'x'.repeat(201),
          dashboard: mine,
        })
      ).body,
    ).toMatchObject({
      code: 'max_length',
      attr: 'scene',
    })
  })

  it('refuses personal API keys', async () => {
    const res = await s
      .client()
      .post('/api/users/@me/scene_personalisation', { scene: 'Dashboards', dashboard: 1 }, bearer)
    expectAnswer(res, 403, permissionDenied('This action does not support Personal API Key access'))
  })
})

describe('product_intro_seen', () => {
  it('merges one key at a time and answers the whole map', async () => {
    expect(
      (await ada.patch('/api/users/@me/product_intro_seen', { product_key: 'feature_flags' })).body,
    ).toEqual({ feature_flags: true })
    const res = await ada.patch('/api/users/@me/product_intro_seen/', {
      product_key: 'experiments',
      seen: false,
    })
    expectAnswer(res, 200, { feature_flags: true, experiments: false })
    expect((await ada.get('/api/users/@me/')).body.has_seen_product_intro_for).toEqual({
      feature_flags: true,
      experiments: false,
    })
    expect((await ada.patch('/api/users/@me/product_intro_seen', {})).body).toEqual(
      err('validation_error', 'required', 'This field is required.', 'product_key'),
    )
  })

  it('tracks at most 100 product intros, but still updates a known one', async () => {
    const hundred = Object.fromEntries(Array.from({ length: 100 }, (_, i) => [`p${i}`, true]))
    expect(
      (await ada.patch('/api/users/@me/', { has_seen_product_intro_for: hundred })).status,
    ).toBe(200)
    const full = await ada.patch('/api/users/@me/product_intro_seen', { product_key: 'one_more' })
    expectAnswer(
      full,
      400,
      err('validation_error', 'invalid_input', 'Cannot track more than 100 product intros'),
    )
    const known = await ada.patch('/api/users/@me/product_intro_seen', {
      product_key: 'p0',
      seen: false,
    })
    expect(known.status).toBe(200)
    expect(known.body.p0).toBe(false)
  })
})

describe('push_tokens', () => {
  const register = (c: Client, token: string, platform = 'ios', headers?: Record<string, string>) =>
    c.post('/api/users/@me/push_tokens/', { token, platform }, headers)

  it('upserts idempotently: same token, same id, last_seen_at refreshed', async () => {
    const first = await register(ada, 'ExponentPushToken[aaa]')
    expect(first.status).toBe(200)
    expect(Object.keys(first.body).sort()).toEqual(['created_at', 'id', 'last_seen_at', 'platform'])
    expect(first.body.platform).toBe('ios')
    expect(first.body.created_at).toBe(first.body.last_seen_at)
    expect(first.body.created_at).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/)
    s.clock.advance(60)
    const again = await register(ada, 'ExponentPushToken[aaa]', 'android')
    expect(again.body).toEqual({
      id: first.body.id,
      platform: 'android',
      created_at: first.body.created_at,
      last_seen_at: new Date(Date.parse(first.body.created_at) + 60_000).toISOString(),
    })
  })

  it('keeps at most 20 tokens per user, evicting the least recently seen', async () => {
    const ids: string[] = []
    for (let i = 0; i < 21; i++) {
      ids.push((await register(ada, `token-${i}`)).body.id)
      s.clock.advance(1)
    }
    const count = () =>
      (s.deps.db.prepare('SELECT count(*) AS n FROM push_tokens').get() as { n: number }).n
    expect(count()).toBe(20)
    // token-1 survived (same id); token-0 was evicted, so it comes back as a new row.
    expect((await register(ada, 'token-1')).body.id).toBe(ids[1])
    s.clock.advance(1)
    expect((await register(ada, 'token-0')).body.id).not.toBe(ids[0])
    expect(count()).toBe(20)
  })

  it('only works on the @me path, even for staff and the own uuid', async () => {
    const me = (await ada.get('/api/users/@me/')).body.uuid
    const res = await ada.post(`/api/users/${me}/push_tokens`, { token: 't', platform: 'web' })
    expectAnswer(res, 403, permissionDenied('Push tokens can only be managed via the `@me` path.'))
    const grace = await s.signedIn('grace@example.com')
    expect(
      (await grace.post(`/api/users/${me}/push_tokens/unregister`, { token: 't' })).status,
    ).toBe(403)
  })

  it('validates the body', async () => {
    expect((await ada.post('/api/users/@me/push_tokens', { platform: 'ios' })).body).toEqual(
      err('validation_error', 'required', 'This field is required.', 'token'),
    )
    expect((await ada.post('/api/users/@me/push_tokens', { token: 't' })).body).toEqual(
      err('validation_error', 'required', 'This field is required.', 'platform'),
    )
    expect((await register(ada, 't', 'windows')).body).toEqual(
      err('validation_error', 'invalid_choice', '"windows" is not a valid choice.', 'platform'),
    )
    expect((await register(ada, 'x'.repeat(513))).body).toMatchObject({
      code: 'max_length',
      attr: 'token',
    })
  })

  it('unregisters with 204 whether or not the token exists', async () => {
    await register(ada, 'gone')
    expect(
      (await ada.post('/api/users/@me/push_tokens/unregister/', { token: 'gone' })).status,
    ).toBe(204)
    expect(
      (await ada.post('/api/users/@me/push_tokens/unregister', { token: 'never-there' })).status,
    ).toBe(204)
    expect((await ada.post('/api/users/@me/push_tokens/unregister', {})).body).toMatchObject({
      code: 'required',
      attr: 'token',
    })
  })

  it('is its own viewset: user:write keys work and a stale session is not refused', async () => {
    expect((await register(s.client(), 'from-key', 'web', bearer)).status).toBe(200)
    s.clock.advance(7201)
    expect((await register(ada, 'stale-session')).status).toBe(200)
  })
})

describe('GET /api/projects/:project_id/dashboards', () => {
  it('lists the current project, pinned first, paginated', async () => {
    const all = await ada.get('/api/projects/@current/dashboards')
    expect(all.status).toBe(200)
    expect(all.body).toMatchObject({ count: 2, next: null, previous: null })
    expect(all.body.results.map((d: { name: string }) => d.name)).toEqual([
      'Product analytics',
      'Web analytics',
    ])
    expect(all.body.results[0]).toEqual({
      id: expect.any(Number),
      name: 'Product analytics',
      description: 'Weekly active users, retention and funnels.',
      pinned: true,
      created_at: expect.stringMatching(/Z$/),
      deleted: false,
      tags: [],
      is_shared: false,
    })
    const page1 = await ada.get('/api/projects/@current/dashboards/?limit=1')
    expect(page1.body.results).toHaveLength(1)
    expect(page1.body.next).toBe(`${s.url}/api/projects/@current/dashboards/?limit=1&offset=1`)
    expect(page1.body.previous).toBeNull()
    const page2 = await ada.get('/api/projects/@current/dashboards/?limit=1&offset=1')
    expect(page2.body.results[0].name).toBe('Web analytics')
    expect(page2.body.next).toBeNull()
    expect(page2.body.previous).toBe(`${s.url}/api/projects/@current/dashboards/?limit=1`)
  })

  it('lists another project of the organization by id', async () => {
    const res = await ada.get(`/api/projects/${await stagingTeamId()}/dashboards`)
    expect(res.body.results.map((d: { name: string }) => d.name)).toEqual(['Release health'])
  })

  it('answers 404 for a project outside the caller’s organizations, and for Alan who has none', async () => {
    const db = s.deps.db
    db.prepare(
      "INSERT INTO organizations (id, name, slug, created_at) VALUES ('other-org', 'Other', 'other', 0)",
    ).run()
    const team = Number(
      db
        .prepare(
          "INSERT INTO teams (uuid, organization_id, name, api_token, created_at) VALUES ('t-uuid', 'other-org', 'Theirs', 'phc_x', 0)",
        )
        .run().lastInsertRowid,
    )
    const notFound = err('invalid_request', 'not_found', 'Not found.')
    expect((await ada.get(`/api/projects/${team}/dashboards`)).body).toEqual(notFound)
    expect((await ada.get('/api/projects/99999/dashboards')).status).toBe(404)
    expect((await ada.get('/api/projects/abc/dashboards')).status).toBe(404)
    const alan = await s.signedIn('alan@example.com')
    expect((await alan.get('/api/projects/@current/dashboards')).body).toEqual(notFound)
  })

  it('needs a signed-in user, and a key with a dashboard scope', async () => {
    expect((await s.client().get('/api/projects/@current/dashboards')).status).toBe(401)
    const res = await s.client().get('/api/projects/@current/dashboards', bearer)
    expectAnswer(res, 403, permissionDenied("API key missing required scope 'dashboard:read'"))
  })
})
