import { screen } from '@testing-library/react'
import type { PersonalApiKey, PersonalApiKeyBody } from '../../../contract/personal-api-keys'
import { apiPaths } from '../../config/paths'
import { apiError, http, HttpResponse, makeUser, pause, server } from '../../testing/msw'
import { renderWithApp } from '../../testing/render'
import { KeysSection } from './components/keys-section'

export const ORG_ID = '0190a4c2-8000-7000-8000-0000000000aa'
export const jane = makeUser({
  email: 'jane@example.com',
  organization: {
    id: ORG_ID,
    name: 'Acme',
    slug: 'acme',
    membership_level: 8,
    enforce_2fa: null,
    teams: [
      { id: 1, name: 'Default project' },
      { id: 2, name: 'Mobile app' },
    ],
  },
})

let serial = 0
/** A key as PostHog lists it (value null). */
export function makeKey(overrides: Partial<PersonalApiKey> = {}): PersonalApiKey {
  serial++
  return {
    id: `key${serial}`,
    label: `Key ${serial}`,
    description: null,
    value: null,
    mask_value: `phx_...${String(serial).padStart(4, 'a')}`,
    created_at: '2026-11-01T12:00:00.000000Z',
    last_used_at: null,
    last_rolled_at: null,
    user_id: 7,
    is_legacy_hashing: false,
    scopes: ['insight:read'],
    scoped_teams: [],
    scoped_organizations: [],
    local_dev_value: null,
    ...overrides,
  }
}

export const NEW_VALUE = 'phx_NewValue2aB3cD4eF5gH6jK7mN8pQ9rS2tU3vW4xY5zA6bC7d'
export const ROLLED_VALUE = 'phx_RolledValue9zY8xW7vU6tS5rQ4pN3mK2jH9gF8eD7cB6aZ5'

/**
 * A stand-in for /api/personal_api_keys/: the list follows what the requests do, and every
 * write's body is recorded ("POST", body). `delay` holds each write so a second click lands.
 */
export function keysServer(initial: PersonalApiKey[] = [], { delay = 0 } = {}) {
  const state = { keys: [...initial], writes: [] as [string, unknown][] }
  const find = (id: unknown) => state.keys.find((key) => key.id === id)
  server.use(
    http.get(apiPaths.me, () => HttpResponse.json(jane)),
    http.get(apiPaths.personalApiKeys, () => HttpResponse.json(state.keys)),
    http.post(apiPaths.personalApiKeys, async ({ request }) => {
      const body = (await request.json()) as PersonalApiKeyBody
      state.writes.push(['POST', body])
      await pause(delay)
      const key = makeKey({ ...body, mask_value: 'phx_...5a6b' })
      state.keys = [key, ...state.keys]
      return HttpResponse.json({ ...key, value: NEW_VALUE }, { status: 201 })
    }),
    http.patch(`${apiPaths.personalApiKeys}:id/`, async ({ request, params }) => {
      const body = (await request.json()) as Partial<PersonalApiKey>
      state.writes.push([`PATCH ${String(params.id)}`, body])
      await pause(delay)
      const key = find(params.id)
      if (!key) return apiError(404, 'not_found', 'Not found.')
      Object.assign(key, body)
      return HttpResponse.json(key)
    }),
    http.post(`${apiPaths.personalApiKeys}:id/roll/`, async ({ params }) => {
      state.writes.push([`ROLL ${String(params.id)}`, null])
      await pause(delay)
      const key = find(params.id)
      if (!key) return apiError(404, 'not_found', 'Not found.')
      Object.assign(key, { last_rolled_at: new Date().toISOString(), mask_value: 'phx_...c7d9' })
      return HttpResponse.json({ ...key, value: ROLLED_VALUE })
    }),
    http.delete(`${apiPaths.personalApiKeys}:id/`, async ({ params }) => {
      state.writes.push([`DELETE ${String(params.id)}`, null])
      await pause(delay)
      if (!find(params.id)) return apiError(404, 'not_found', 'Not found.')
      state.keys = state.keys.filter((key) => key.id !== params.id)
      return new HttpResponse(null, { status: 204 })
    }),
  )
  return state
}

export function renderKeysPage() {
  return renderWithApp(<KeysSection />, { user: jane, path: '/settings/personal-api-keys' })
}

/** The page once the list has loaded. */
export async function renderLoaded() {
  const app = renderKeysPage()
  await screen.findByRole('button', { name: 'Create a key' })
  return app
}
