import { randomUUID } from 'node:crypto'
import { describe, expect, it } from 'vitest'
import { personalApiKeyListSchema, personalApiKeySchema } from '../contract/personal-api-keys'
import { sha256Hex } from './lib/ids'
import { expectAnswer, validation } from './testing/envelopes'
import { testServerPerTest } from './testing/per-test'
import { createKey, foreignOrganization, KEYS, teamIds, userId } from './testing/personal-api-keys'

const s = testServerPerTest()
const ada = s.signedInPerTest('ada@example.com')

const BASE57 = '[2-9A-HJ-NP-Za-km-z]'
const FIELDS = [
  'id',
  'label',
  'description',
  'value',
  'mask_value',
  'created_at',
  'last_used_at',
  'last_rolled_at',
  'user_id',
  'is_legacy_hashing',
  'scopes',
  'scoped_teams',
  'scoped_organizations',
  'local_dev_value',
]

describe('POST /api/personal_api_keys/', () => {
  it('answers 201 with the key object, its value shown this once', async () => {
    const res = await createKey(ada, { scopes: ['insight:read', 'feature_flag:read'] })
    expect(res.status).toBe(201)
    expect(Object.keys(res.body)).toEqual(FIELDS)
    const value = res.body.value
    expect(value).toMatch(new RegExp(`^phx_${BASE57}{48,49}$`))
    expect(res.body).toEqual({
      id: expect.stringMatching(new RegExp(`^${BASE57}{44}$`)),
      label: 'CI deploy',
      description: null,
      value,
      mask_value: `phx_...${value.slice(-4)}`,
      created_at: new Date(s.clock.now()).toISOString(),
      last_used_at: null,
      last_rolled_at: null,
      user_id: userId(s, 'ada@example.com'),
      is_legacy_hashing: false,
      scopes: ['insight:read', 'feature_flag:read'],
      scoped_teams: [],
      scoped_organizations: [],
      local_dev_value: null,
    })
    expect(personalApiKeySchema.safeParse(res.body).success).toBe(true)
  })

  it('stores only the sha256 of the value', async () => {
    const { body } = await createKey(ada)
    const row = s.deps.db.prepare('SELECT * FROM personal_api_keys WHERE id = ?').get(body.id)
    expect(row).toMatchObject({ secure_value: 'sha256$' + sha256Hex(body.value) })
    expect(JSON.stringify(row)).not.toContain(body.value)
  })

  it('keeps scoped_* null when not sent, and restricts to projects and organizations', async () => {
    const [team] = teamIds(s)
    const none = await ada.post(KEYS, { label: 'x', scopes: ['*'] })
    expect(none.body).toMatchObject({ scoped_teams: null, scoped_organizations: null })
    const orgId = (await ada.get('/api/users/@me/')).body.organization.id as string
    const both = await createKey(ada, {
      scoped_teams: [String(team)],
      scoped_organizations: [orgId.toUpperCase()],
      description: '',
    })
    expect(both.body).toMatchObject({
      scoped_teams: [team],
      scoped_organizations: [orgId],
      description: null,
    })
  })

  const refused: [string, Record<string, unknown>, ReturnType<typeof validation>][] = [
    ['a blank label', { label: ' ' }, validation('blank', 'This field may not be blank.', 'label')],
    ['no label', { label: undefined }, validation('required', 'This field is required.', 'label')],
    [
      'a label over 40',
      { label: 'x'.repeat(41) },
      validation('max_length', 'Ensure this field has no more than 40 characters.', 'label'),
    ],
    [
      'no scopes',
      { scopes: undefined },
      validation('required', 'This field is required.', 'scopes'),
    ],
    ['empty scopes', { scopes: [] }, validation('empty', 'This list may not be empty.', 'scopes')],
    [
      'scopes not a list',
      { scopes: 'user:read' },
      validation('not_a_list', 'Expected a list of items but got type "str".', 'scopes'),
    ],
    [
      'a blank scope',
      { scopes: ['user:read', ''] },
      validation('blank', 'This field may not be blank.', 'scopes__1'),
    ],
    [
      'an unknown object',
      { scopes: ['nope:read'] },
      validation('invalid_input', 'Invalid scope: nope:read', 'scopes'),
    ],
    [
      'an unknown action',
      { scopes: ['user:admin'] },
      validation('invalid_input', 'Invalid scope: user:admin', 'scopes'),
    ],
    [
      'a bare object',
      { scopes: ['user'] },
      validation('invalid_input', 'Invalid scope: user', 'scopes'),
    ],
    [
      'an internal object',
      { scopes: ['internal_run:read'] },
      validation('invalid_input', 'Invalid scope: internal_run:read', 'scopes'),
    ],
    [
      'the flagged LLM gateway',
      { scopes: ['llm_gateway:read'] },
      validation(
        'invalid_input',
        'LLM gateway scope is not available. Contact support to enable this feature.',
        'scopes',
      ),
    ],
    [
      'an unknown project',
      { scoped_teams: [99999] },
      validation(
        'invalid_input',
        'You must be a member of all teams that you are scoping the key to.',
        'scoped_teams',
      ),
    ],
    [
      'a project id that is no integer',
      { scoped_teams: ['two'] },
      validation('invalid_input', 'A valid integer is required.', 'scoped_teams__0'),
    ],
    [
      'an organization id that is no UUID',
      { scoped_organizations: ['demo'] },
      validation('invalid_input', 'Invalid organization UUID', 'scoped_organizations'),
    ],
    [
      'an unknown organization',
      { scoped_organizations: [randomUUID()] },
      validation(
        'invalid_input',
        'You must be a member of all organizations that you are scoping the key to.',
        'scoped_organizations',
      ),
    ],
    [
      'two faults (the first field in order)',
      { label: '', scopes: ['nope:read'] },
      validation('blank', 'This field may not be blank.', 'label'),
    ],
  ]
  it.each(refused)('refuses %s with 400 and keeps no key', async (_, body, error) => {
    const before = (await ada.get(KEYS)).body.length
    expectAnswer(await createKey(ada, body), 400, error)
    expect((await ada.get(KEYS)).body).toHaveLength(before)
  })

  it('refuses a project of an organization the user is not in', async () => {
    const { orgId, teamId } = foreignOrganization(s)
    expect((await createKey(ada, { scoped_teams: [teamId] })).body.attr).toBe('scoped_teams')
    expect((await createKey(ada, { scoped_organizations: [orgId] })).body.attr).toBe(
      'scoped_organizations',
    )
  })

  it('allows 10 keys per user (the seeded one counts); the 11th is refused', async () => {
    for (let i = 2; i <= 10; i++)
      expect((await createKey(ada, { label: `k${i}` })).status).toBe(201)
    expectAnswer(
      await createKey(ada),
      400,
      validation(
        'invalid_input',
        'You can only have 10 personal API keys. Remove an existing key before creating a new one.',
      ),
    )
    // Deleting one makes room again.
    const [newest] = (await ada.get(KEYS)).body
    expect((await ada.delete(`${KEYS}${newest.id}/`)).status).toBe(204)
    expect((await createKey(ada)).status).toBe(201)
  })
})

describe('GET /api/personal_api_keys/ and /:id/', () => {
  it('lists the keys newest first, never with their value', async () => {
    s.clock.advance(1)
    const created = await createKey(ada, { label: 'Newest' })
    const list = await ada.get(KEYS)
    expect(list.status).toBe(200)
    expect(personalApiKeyListSchema.safeParse(list.body).success).toBe(true)
    expect(list.body.map((k: { label: string }) => k.label)).toEqual(['Newest', 'Demo key'])
    expect(list.body.every((k: { value: unknown }) => k.value === null)).toBe(true)
    const one = await ada.get(`${KEYS}${created.body.id}/`)
    expect(one.body).toEqual({ ...created.body, value: null })
  })

  it("answers 404 for another user's key on every action", async () => {
    const grace = await s.signedIn('grace@example.com')
    const theirs = (await createKey(grace)).body.id
    const path = `${KEYS}${theirs}/`
    for (const res of [
      await ada.get(path),
      await ada.patch(path, { label: 'mine now' }),
      await ada.delete(path),
      await ada.post(`${path}roll/`),
    ])
      expectAnswer(res, 404, {
        type: 'invalid_request',
        code: 'not_found',
        detail: 'Not found.',
        attr: null,
      })
    expect((await grace.get(path)).body.label).toBe('CI deploy')
  })

  it('answers 401 without a session', async () => {
    expect((await s.client().get(KEYS)).status).toBe(401)
    expect((await s.client().post(KEYS, { label: 'x', scopes: ['*'] })).status).toBe(401)
  })

  it('answers 404 for @current through a session (no key makes the request)', async () => {
    expect((await ada.get(`${KEYS}@current/`)).status).toBe(404)
  })
})
