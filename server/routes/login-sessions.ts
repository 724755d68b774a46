import type { Hono } from 'hono'
import type { LoginSession, RevokeOtherSessions } from '../../contract/login-sessions'
import { requireUser } from '../lib/auth'
import { isoPython, isoZ } from '../lib/clock'
import type { AppEnv, Ctx } from '../lib/context'
import { notFound } from '../lib/errors'
import { refuseOtherMethods } from '../lib/methods'
import { refreshActivity, sessionPublicId } from '../lib/session-activity'
import {
  deleteOtherSessions,
  deleteSession,
  userSessions,
  type SessionRow,
} from '../store/sessions'

/**
 * Web sessions: the UserViewSet's login_sessions actions (contract account-security §2.3–2.5).
 * All three are session-only (a personal API key is unauthenticated here: 401), and the two
 * writes need CSRF and a recent sign-in. The `@me` in the path stands for the caller.
 */

const BASE = '/api/users/@me/login_sessions'
/** PostHog's route regex: anything else is the router's generic 404 ("Endpoint not found."). */
const ONE = `${BASE}/:id{[0-9a-f-]+}`
const REVOKE_OTHERS = `${BASE}/revoke_others`

const sessionCaller = (c: Ctx, sensitive: boolean) => {
  const auth = requireUser(c, { scope: null, sessionOnly: true, sensitive })
  if (auth.kind !== 'session') throw new Error('unreachable: sessionOnly refuses keys')
  return auth
}

const serialize = (row: SessionRow, current: SessionRow): LoginSession => ({
  id: sessionPublicId(row.key_hash),
  created_at: isoPython(row.created_at),
  last_activity: row.last_activity === null ? null : isoZ(row.last_activity),
  location: row.location,
  device: row.short_user_agent,
  login_method: row.login_method,
  is_current: row.key_hash === current.key_hash,
})

export function registerLoginSessionRoutes(app: Hono<AppEnv>) {
  app.get(BASE, (c) => {
    const { session, user } = sessionCaller(c, false)
    const { db, clock, config } = c.get('deps')
    refreshActivity(c, session, true)
    const rows = userSessions(db, user.id, clock.now() - config.sessionAgeSec * 1000)
    // The current one first, the others in their order (a stable sort).
    rows.sort(
      (a, b) => Number(b.key_hash === session.key_hash) - Number(a.key_hash === session.key_hash),
    )
    return c.json(rows.map((row) => serialize(row, session)) satisfies LoginSession[])
  })
  refuseOtherMethods(app, BASE, ['GET'], { auth: { scope: null, sessionOnly: true } })

  app.post(REVOKE_OTHERS, (c) => {
    const { session, user } = sessionCaller(c, true)
    const revoked = deleteOtherSessions(c.get('deps').db, user.id, session.key_hash)
    return c.json({ revoked_count: revoked } satisfies RevokeOtherSessions)
  })
  refuseOtherMethods(app, REVOKE_OTHERS, ['POST'], { auth: { scope: null, sessionOnly: true } })

  app.delete(ONE, (c) => {
    const { user } = sessionCaller(c, true)
    const { db } = c.get('deps')
    const id = c.req.param('id')
    // Expired rows not yet purged count too, as PostHog recomputes every session's id.
    const match = userSessions(db, user.id).find((row) => sessionPublicId(row.key_hash) === id)
    if (!match) throw notFound('Login session not found.')
    deleteSession(db, match.key_hash)
    return c.body(null, 204)
  })
  refuseOtherMethods(app, ONE, ['DELETE'], { auth: { scope: null, sessionOnly: true } })
}
