import { describe, expect, it } from 'vitest'
import { API_KEY, PASSWORD, type Client } from './testing/harness'
import { testServerPerTest } from './testing/per-test'
import {
  envelope as err,
  expectAnswer,
  permissionDenied,
  reauthRequired,
} from './testing/envelopes'

const s = testServerPerTest()
const ada = s.signedInPerTest('ada@example.com')

const uuidOf = async (email: string) =>
  (await (await s.signedIn(email)).get('/api/users/@me/')).body.uuid as string

describe('GET /api/users', () => {
  it('shows staff every user, with the email and is_staff filters', async () => {
    const grace = await s.signedIn('grace@example.com')
    const all = await grace.get('/api/users/')
    expect(all.status).toBe(200)
    expect(all.body.count).toBe(3)
    expect(all.body.results.map((u: { email: string }) => u.email)).toEqual([
      'ada@example.com',
      'grace@example.com',
      'alan@example.com',
    ])
    const byEmail = await grace.get('/api/users?email=alan@example.com')
    expect(byEmail.body.count).toBe(1)
    expect(byEmail.body.results[0].email).toBe('alan@example.com')
    const staff = await grace.get('/api/users?is_staff=true')
    expect(staff.body.results.map((u: { email: string }) => u.email)).toEqual(['grace@example.com'])
    expect((await grace.get('/api/users?is_staff=false')).body.count).toBe(2)
  })

  it('paginates with limit and offset and absolute next/previous links', async () => {
    const grace = await s.signedIn('grace@example.com')
    const first = await grace.get('/api/users/?limit=1')
    expect(first.body).toMatchObject({
      count: 3,
      next: `${s.url}/api/users/?limit=1&offset=1`,
      previous: null,
    })
    const middle = await grace.get('/api/users/?limit=1&offset=1')
    expect(middle.body.results[0].email).toBe('grace@example.com')
    expect(middle.body.next).toBe(`${s.url}/api/users/?limit=1&offset=2`)
    expect(middle.body.previous).toBe(`${s.url}/api/users/?limit=1`)
    const last = await grace.get('/api/users/?limit=1&offset=2')
    expect(last.body.next).toBeNull()
    expect(last.body.previous).toBe(`${s.url}/api/users/?limit=1&offset=1`)
  })

  it('shows a non-staff caller only themselves, whatever the filters', async () => {
    const mine = await ada.get('/api/users/')
    expect(mine.body.count).toBe(1)
    expect(mine.body.results[0].email).toBe('ada@example.com')
    expect((await ada.get('/api/users/?is_staff=false')).body.count).toBe(1)
    const other = await ada.get('/api/users/?email=grace@example.com')
    expect(other.body).toMatchObject({ count: 0, results: [] })
    expect((await ada.get('/api/users/?is_staff=true')).body.count).toBe(0)
  })

  it('answers 405 to POST /api/users', async () => {
    const res = await ada.post('/api/users/', { email: 'new@example.com' })
    expectAnswer(
      res,
      405,
      err('invalid_request', 'method_not_allowed', 'Method "POST" not allowed.'),
    )
  })
})

describe('GET /api/users/:uuid', () => {
  it('answers @me, and another uuid only to staff', async () => {
    expect((await ada.get('/api/users/@me')).body.email).toBe('ada@example.com')
    const adaUuid = (await ada.get('/api/users/@me/')).body.uuid
    expect((await ada.get(`/api/users/${adaUuid}/`)).body.email).toBe('ada@example.com')
    const grace = await s.signedIn('grace@example.com')
    expect((await grace.get(`/api/users/${adaUuid}/`)).body.email).toBe('ada@example.com')
    const denied = await ada.get(`/api/users/${await uuidOf('grace@example.com')}/`)
    expectAnswer(
      denied,
      403,
      permissionDenied(
        "As a non-staff user you're only allowed to access the `@me` user instance.",
      ),
    )
  })
})

describe('PATCH /api/users/@me', () => {
  it('works with and without the trailing slash', async () => {
    expect((await ada.patch('/api/users/@me/', { first_name: 'Augusta' })).body.first_name).toBe(
      'Augusta',
    )
    expect((await ada.patch('/api/users/@me', { first_name: 'Ada' })).body.first_name).toBe('Ada')
  })

  it('round-trips every writable field', async () => {
    const cases: [string, unknown, unknown?][] = [
      ['first_name', 'Augusta'],
      ['last_name', 'King'],
      ['last_name', ''],
      ['anonymize_data', true],
      ['allow_impersonation', false],
      ['allow_impersonation', null],
      ['toolbar_mode', 'disabled'],
      ['theme_mode', 'dark'],
      ['theme_mode', null],
      ['theme_mode', ''],
      ['allow_sidebar_suggestions', true],
      ['shortcut_position', 'below'],
      ['shortcut_position', null, 'above'],
      ['hide_mcp_hints', true],
      ['hedgehog_config', { enabled: true, color: 'green', accessories: ['cap'] }],
      ['events_column_config', { active: ['event', 'person'] }],
      ['has_seen_product_intro_for', { feature_flags: true }],
      ['ui_configuration', {}],
      ['ui_configuration', null],
      ...[
        'engineering',
        'data',
        'product',
        'founder',
        'leadership',
        'marketing',
        'sales',
        'other',
      ].map((role) => ['role_at_organization', role] as [string, unknown]),
    ]
    for (const [field, value, shown = value] of cases) {
      const res = await ada.patch('/api/users/@me/', { [field]: value })
      expect(res.status, field).toBe(200)
      expect(res.body[field], field).toEqual(shown)
      expect((await ada.get('/api/users/@me/')).body[field], field).toEqual(shown)
    }
  })

  it('refuses a blank or null role_at_organization and a first_name over 150 characters', async () => {
    expect((await ada.patch('/api/users/@me/', { role_at_organization: '' })).body).toEqual(
      err(
        'validation_error',
        'invalid_choice',
        '"" is not a valid choice.',
        'role_at_organization',
      ),
    )
    expect((await ada.patch('/api/users/@me/', { role_at_organization: null })).body).toEqual(
      err('validation_error', 'null', 'This field may not be null.', 'role_at_organization'),
    )
    const long = await ada.patch('/api/users/@me/', { first_name: 'x'.repeat(151) })
    expectAnswer(
      long,
      400,
      err(
        'validation_error',
        'max_length',
        'Ensure this field has no more than 150 characters.',
        'first_name',
      ),
    )
  })

  it('silently ignores unknown and read-only keys', async () => {
    const before = (await ada.get('/api/users/@me/')).body
    const res = await ada.patch('/api/users/@me/', {
      uuid: '00000000-0000-0000-0000-000000000000',
      id: 999,
      email_verified: false,
      pending_email: 'x@example.com',
      is_email_verified: false,
      organization: 'nope',
      team: 12,
      no_such_field: true,
    })
    expect(res.status).toBe(200)
    for (const key of ['uuid', 'id', 'pending_email', 'is_email_verified', 'organization', 'team'])
      expect(res.body[key], key).toEqual(before[key])
    expect(res.body).not.toHaveProperty('email_verified')
    expect(res.body).not.toHaveProperty('no_such_field')
  })

  it('switches organization and team, refusing foreign or conflicting ones', async () => {
    const me = (await ada.get('/api/users/@me/')).body
    const staging = me.organization.teams.find((t: { name: string }) => t.name === 'Staging').id
    const switched = await ada.patch('/api/users/@me/', { set_current_team: staging })
    expect(switched.body.team.name).toBe('Staging')
    expect(
      (await ada.patch('/api/users/@me/', { set_current_organization: 'not-mine' })).body,
    ).toEqual(
      err(
        'validation_error',
        'does_not_exist',
        'Object with id=not-mine does not exist.',
        'set_current_organization',
      ),
    )
    // A second organization Ada belongs to, so the two keys can disagree.
    const db = s.deps.db
    db.prepare(
      "INSERT INTO organizations (id, name, slug, created_at) VALUES ('org-2', 'Second', 'second', 0)",
    ).run()
    db.prepare(
      "INSERT INTO teams (uuid, organization_id, name, api_token, created_at) VALUES ('team-2', 'org-2', 'Second project', 'phc_2', 0)",
    ).run()
    db.prepare(
      "INSERT INTO memberships (organization_id, user_id, level, joined_at) VALUES ('org-2', ?, 1, 0)",
    ).run(me.id)
    expect(
      (
        await ada.patch('/api/users/@me/', {
          set_current_organization: 'org-2',
          set_current_team: staging,
        })
      ).body,
    ).toEqual(
      err(
        'validation_error',
        'invalid_input',
        'Team must belong to the same organization in set_current_organization.',
        'set_current_team',
      ),
    )
    const moved = await ada.patch('/api/users/@me/', { set_current_organization: 'org-2' })
    expect(moved.body.organization.name).toBe('Second')
    expect(moved.body.team.name).toBe('Second project')
  })

  it('lets only staff set is_staff, on anyone', async () => {
    const denied = await ada.patch('/api/users/@me/', { is_staff: true })
    expectAnswer(
      denied,
      403,
      permissionDenied('You are not a staff user, contact your instance admin.'),
    )
    const grace = await s.signedIn('grace@example.com')
    const alan = await uuidOf('alan@example.com')
    const res = await grace.patch(`/api/users/${alan}/`, { is_staff: true })
    expect(res.status).toBe(200)
    expect(res.body).toMatchObject({ email: 'alan@example.com', is_staff: true })
  })

  it('refuses passkeys_enabled_for_2fa without a passkey', async () => {
    expect((await ada.patch('/api/users/@me/', { passkeys_enabled_for_2fa: true })).body).toEqual(
      err(
        'validation_error',
        'no_passkeys',
        'You must have at least one passkey set up before enabling passkeys for 2FA.',
        'passkeys_enabled_for_2fa',
      ),
    )
  })

  it('answers 400 to malformed JSON and to a JSON array', async () => {
    const bad = await ada.patch('/api/users/@me/', '{"first_name": ')
    expect(bad.status).toBe(400)
    expect(bad.body).toMatchObject({ type: 'invalid_request', code: 'parse_error', attr: null })
    const list = await ada.patch('/api/users/@me/', '["first_name"]')
    expectAnswer(
      list,
      400,
      err(
        'validation_error',
        'invalid_input',
        'Invalid data. Expected a dictionary, but got list.',
      ),
    )
  })
})

describe('password change', () => {
  const NEW = 'quiet-otters-juggle-lanterns'
  const change = (c: Client, body: object) => c.patch('/api/users/@me/', body)

  it('checks the current password and the new one', async () => {
    expect((await change(ada, { password: NEW })).body).toEqual(
      err(
        'validation_error',
        'required',
        'This field is required when updating your password.',
        'current_password',
      ),
    )
    expect((await change(ada, { password: NEW, current_password: 'wrong-one' })).body).toEqual(
      err(
        'validation_error',
        'incorrect_password',
        'Your current password is incorrect.',
        'current_password',
      ),
    )
    expect((await change(ada, { password: 'short', current_password: PASSWORD })).body).toEqual(
      err(
        'validation_error',
        'invalid_input',
        'This password is too short. It must contain at least 8 characters.',
        'password',
      ),
    )
    expect(
      (await change(ada, { password: 'password123', current_password: PASSWORD })).body,
    ).toMatchObject({ type: 'validation_error', code: 'password_too_weak', attr: 'password' })
  })

  it('keeps this session, revokes the others, mails the user, and the new password signs in', async () => {
    const elsewhere = await s.signedIn('ada@example.com')
    const res = await change(ada, { password: NEW, current_password: PASSWORD })
    expect(res.status).toBe(200)
    expect(res.body).not.toHaveProperty('password')
    expect((await ada.get('/api/users/@me/')).status).toBe(200)
    expect((await elsewhere.get('/api/users/@me/')).status).toBe(401)
    expect(s.outbox()[0]).toMatchObject({
      to: 'ada@example.com',
      subject: 'Your PostHog password has been changed',
    })
    expect(
      (await s.client().post('/api/login', { email: 'ada@example.com', password: NEW })).status,
    ).toBe(200)
    expect(
      (await s.client().post('/api/login', { email: 'ada@example.com', password: PASSWORD }))
        .status,
    ).toBe(400)
  })

  it('throttles bodies with current_password to 5 a minute', async () => {
    for (let i = 0; i < 5; i++)
      expect((await change(ada, { password: NEW, current_password: 'nope' })).status).toBe(400)
    const sixth = await change(ada, { password: NEW, current_password: 'nope' })
    expect(sixth.status).toBe(429)
    expect(sixth.body).toMatchObject({ type: 'throttled_error', code: 'throttled', attr: null })
    expect(Number(sixth.headers.get('Retry-After'))).toBeGreaterThan(0)
    // Other writes are not counted.
    expect((await change(ada, { first_name: 'Still fine' })).status).toBe(200)
    s.clock.advance(61)
    expect((await change(ada, { password: NEW, current_password: 'nope' })).body.code).toBe(
      'incorrect_password',
    )
  })
})

describe('the sensitive window', () => {
  it('refuses stale writes except the exempt fields, until a fresh sign-in', async () => {
    s.clock.advance(7201)
    const stale = await ada.patch('/api/users/@me/', { first_name: 'Late' })
    expectAnswer(stale, 403, reauthRequired())
    expect((await ada.patch('/api/users/@me/', { theme_mode: 'dark' })).status).toBe(200)
    expect(
      (await ada.post('/api/login', { email: 'ada@example.com', password: PASSWORD })).status,
    ).toBe(200)
    expect((await ada.patch('/api/users/@me/', { first_name: 'Late' })).status).toBe(200)
  })

  it('reports sensitive_session_expires_at as sign-in + 2 h in Python isoformat', async () => {
    const signedInAt = Math.floor(s.clock.now() / 1000) * 1000 + 86_400_000 + 250
    s.clock.set(signedInAt)
    await ada.post('/api/login', { email: 'ada@example.com', password: PASSWORD })
    const expected = new Date(signedInAt + 7_200_000).toISOString().replace(/Z$/, '000+00:00')
    expect(expected).toMatch(/\.250000\+00:00$/)
    expect((await ada.get('/api/users/@me/')).body.sensitive_session_expires_at).toBe(expected)
  })
})

describe('DELETE /api/users/@me', () => {
  it('refuses a member of an organization with 409', async () => {
    const res = await ada.delete('/api/users/@me/')
    expectAnswer(
      res,
      409,
      err('server_error', 'conflict', 'Cannot delete user with organization memberships.'),
    )
  })

  it('deletes a user without organizations, who can no longer sign in', async () => {
    const alan = await s.signedIn('alan@example.com')
    const res = await alan.delete('/api/users/@me')
    expect(res.status).toBe(204)
    expect(res.body).toBeNull()
    expect(
      (await s.client().post('/api/login', { email: 'alan@example.com', password: PASSWORD }))
        .status,
    ).toBe(400)
  })

  it('takes session authentication only', async () => {
    const res = await s.client().delete('/api/users/@me/', { Authorization: `Bearer ${API_KEY}` })
    expect(res.status).toBe(401)
    expect(res.body.code).toBe('not_authenticated')
  })
})
