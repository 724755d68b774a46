import { describe, expect, it } from 'vitest'
import { API_KEY } from './testing/harness'
import { expectAnswer, permissionDenied, reauthRequired, validation } from './testing/envelopes'
import { testServerPerTest } from './testing/per-test'
import { bearer, createKey, KEYS } from './testing/personal-api-keys'

const s = testServerPerTest()
const ada = s.signedInPerTest('ada@example.com')

const KEY_REFUSAL = permissionDenied('This action does not support personal API key access')

describe('PATCH and PUT /api/personal_api_keys/:id/', () => {
  it('renames and rescopes a key; value stays null', async () => {
    const { body } = await createKey(ada)
    const res = await ada.patch(`${KEYS}${body.id}/`, {
      label: 'Renamed',
      scopes: ['dashboard:write'],
      scoped_teams: [],
    })
    expect(res.status).toBe(200)
    expect(res.body).toEqual({
      ...body,
      value: null,
      label: 'Renamed',
      scopes: ['dashboard:write'],
    })
  })

  it.each([
    [{ label: '' }, validation('blank', 'This field may not be blank.', 'label')],
    [{ scopes: [] }, validation('empty', 'This list may not be empty.', 'scopes')],
    [
      { scopes: ['nope:write'] },
      validation('invalid_input', 'Invalid scope: nope:write', 'scopes'),
    ],
    [
      { scoped_organizations: ['x'] },
      validation('invalid_input', 'Invalid organization UUID', 'scoped_organizations'),
    ],
  ])('validates again: %j', async (patch, error) => {
    const { body } = await createKey(ada)
    expectAnswer(await ada.patch(`${KEYS}${body.id}/`, patch), 400, error)
    expect((await ada.get(`${KEYS}${body.id}/`)).body).toEqual({ ...body, value: null })
  })

  it('lets a key keep a flagged scope it already has', async () => {
    const { body } = await createKey(ada)
    s.deps.db
      .prepare('UPDATE personal_api_keys SET scopes = ? WHERE id = ?')
      .run(JSON.stringify(['llm_gateway:read']), body.id)
    const res = await ada.patch(`${KEYS}${body.id}/`, { scopes: ['llm_gateway:read', 'user:read'] })
    expect(res.body.scopes).toEqual(['llm_gateway:read', 'user:read'])
  })

  it('PUT needs every required field', async () => {
    const { body } = await createKey(ada)
    const res = await ada.request('PUT', `${KEYS}${body.id}/`, { label: 'Only a label' })
    expectAnswer(res, 400, validation('required', 'This field is required.', 'scopes'))
  })
})

describe('roll and delete', () => {
  it('roll returns a new value once, sets last_rolled_at and keeps the rest', async () => {
    const { body } = await createKey(ada)
    s.clock.advance(60)
    const res = await ada.post(`${KEYS}${body.id}/roll/`)
    expect(res.status).toBe(200)
    expect(res.body.value).not.toBe(body.value)
    expect(res.body).toEqual({
      ...body,
      value: res.body.value,
      mask_value: `phx_...${res.body.value.slice(-4)}`,
      last_rolled_at: new Date(s.clock.now()).toISOString(),
    })
    expect((await ada.get(`${KEYS}${body.id}/`)).body.value).toBeNull()
  })

  it('delete answers 204 and the key is gone', async () => {
    const { body } = await createKey(ada)
    const res = await ada.delete(`${KEYS}${body.id}/`)
    expect(res.status).toBe(204)
    expect((await ada.get(`${KEYS}${body.id}/`)).status).toBe(404)
  })
})

describe('session rules', () => {
  it('every write needs the CSRF token', async () => {
    const { body } = await createKey(ada)
    ada.csrf = false
    for (const res of [
      await createKey(ada),
      await ada.patch(`${KEYS}${body.id}/`, { label: 'x' }),
      await ada.post(`${KEYS}${body.id}/roll/`),
      await ada.delete(`${KEYS}${body.id}/`),
    ])
      expectAnswer(res, 403, permissionDenied('CSRF Failed: CSRF token missing.'))
    expect((await ada.get(KEYS)).status).toBe(200)
  })

  it('every write needs a sign-in within 2 hours; reading does not', async () => {
    const { body } = await createKey(ada)
    s.clock.advance(7201)
    for (const res of [
      await createKey(ada),
      await ada.patch(`${KEYS}${body.id}/`, { label: 'x' }),
      await ada.post(`${KEYS}${body.id}/roll/`),
      await ada.delete(`${KEYS}${body.id}/`),
    ])
      expectAnswer(res, 403, reauthRequired())
    expect((await ada.get(KEYS)).status).toBe(200)
    expect((await ada.get(`${KEYS}${body.id}/`)).body.label).toBe('CI deploy')
  })
})

describe('keys cannot manage keys', () => {
  it('refuses list, create, update, delete and roll even for an all-access key', async () => {
    const all = (await createKey(ada, { scopes: ['*'] })).body
    const anon = s.client()
    const h = bearer(all.value)
    for (const res of [
      await anon.get(KEYS, h),
      await anon.post(KEYS, { label: 'x', scopes: ['*'] }, h),
      await anon.patch(`${KEYS}${all.id}/`, { label: 'x' }, h),
      await anon.request('PUT', `${KEYS}${all.id}/`, { label: 'x', scopes: ['*'] }, h),
      await anon.delete(`${KEYS}${all.id}/`, h),
      await anon.post(`${KEYS}${all.id}/roll/`, undefined, h),
    ])
      expectAnswer(res, 403, KEY_REFUSAL)
    expect((await ada.get(`${KEYS}${all.id}/`)).body.label).toBe('CI deploy')
  })

  it('lets a key read itself, by id and as @current, but no other key', async () => {
    const mine = (await createKey(ada)).body
    const anon = s.client()
    const self = await anon.get(`${KEYS}${mine.id}/`, bearer(mine.value))
    expect(self.body).toEqual({ ...mine, value: null, last_used_at: self.body.last_used_at })
    expect((await anon.get(`${KEYS}@current/`, bearer(mine.value))).body.id).toBe(mine.id)
    expectAnswer(await anon.get(`${KEYS}${mine.id}/`, bearer(API_KEY)), 403, KEY_REFUSAL)
  })
})
