import type { LoginSession } from '../../../contract/login-sessions'
import { apiPaths } from '../../config/paths'
import { speakerFor } from '../../testing/locale'
import { http, HttpResponse, json, makeUser, server } from '../../testing/msw'
import { renderWithApp } from '../../testing/render'
import { SessionsSection } from './components/sessions-section'

export const jane = makeUser({ email: 'jane@example.com' })

const minutesAgo = (minutes: number) => new Date(Date.now() - minutes * 60_000).toISOString()

export const thisBrowser: LoginSession = {
  id: '6f1c2f0e-8b8e-5c1a-9d54-3c1f7e0b9a21',
  created_at: '2025-06-01T09:00:00.123456+00:00',
  last_activity: new Date().toISOString(),
  location: 'Berlin, Germany',
  device: 'Firefox 128.0 on Ubuntu ',
  login_method: 'password',
  is_current: true,
}
export const phone: LoginSession = {
  id: 'a2d9c7e4-1b2c-5d3e-8f40-112233445566',
  created_at: '2025-05-30T18:30:00+00:00',
  last_activity: minutesAgo(2),
  location: 'United States',
  device: 'Mobile Safari 18.1 on iOS 18.1',
  login_method: 'google-oauth2',
  is_current: false,
}
/** A legacy row: every fact unknown. */
export const legacy: LoginSession = {
  id: 'b3e0d8f5-2c3d-5e4f-9a51-223344556677',
  created_at: null,
  last_activity: null,
  location: null,
  device: null,
  login_method: null,
  is_current: false,
}

/**
 * A small server for the page: the list follows what the requests do. Tests override single
 * endpoints with server.use() afterwards (later handlers win).
 */
export function sessionsServer(sessions: LoginSession[] = [thisBrowser, phone, legacy]) {
  const state = { sessions: [...sessions], deleted: [] as string[], revokeCalls: 0 }
  server.use(
    http.get(apiPaths.me, () => HttpResponse.json(jane)),
    http.get(apiPaths.loginSessions, () => json(state.sessions)),
    http.delete(`${apiPaths.loginSessions}:id/`, ({ params }) => {
      const id = String(params.id)
      state.deleted.push(id)
      const before = state.sessions.length
      state.sessions = state.sessions.filter((session) => session.id !== id)
      return state.sessions.length === before
        ? json(
            {
              type: 'invalid_request',
              code: 'not_found',
              detail: 'Login session not found.',
              attr: null,
            },
            404,
          )
        : new HttpResponse(null, { status: 204 })
    }),
    http.post(apiPaths.revokeOtherSessions, () => {
      state.revokeCalls++
      const revoked = state.sessions.filter((session) => !session.is_current).length
      state.sessions = state.sessions.filter((session) => session.is_current)
      return json({ revoked_count: revoked })
    }),
  )
  return state
}

/** The page's section as jane sees it. */
export const renderSessions = () =>
  renderWithApp(<SessionsSection />, { user: jane, path: '/settings/sessions' })

/** The feature's catalogue in a language, as its route loads it. */
export const speak = speakerFor('sessions')
