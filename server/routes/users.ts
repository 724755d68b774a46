import type { Hono } from 'hono'
import { requireUser } from '../lib/auth'
import type { AppEnv } from '../lib/context'
import { conflict, validationError } from '../lib/errors'
import { refuseOtherMethods } from '../lib/methods'
import { listUsers, deleteUser } from '../store/users'
import { membershipCount } from '../store/organizations'
import { deleteOtherSessions } from '../store/sessions'
import { targetUser } from '../lib/user-lookup'
import { serializeUser } from '../lib/user-serializer'
import { updateUserFromBody } from './user-update'

const PAGE_SIZE = 100

function parseNonNegative(value: string | undefined, name: string, fallback: number): number {
  if (value === undefined || value === '') return fallback
  if (!/^\d+$/.test(value))
    throw validationError('invalid_input', 'A valid integer is required.', name)
  // Past 2^53 the number is a float, which SQLite refuses as LIMIT/OFFSET (a 500); no page is that far.
  return Math.min(Number(value), Number.MAX_SAFE_INTEGER)
}

function parseBoolean(value: string | undefined): boolean | undefined {
  if (value === undefined || value === '') return undefined
  if (['true', 'True', '1'].includes(value)) return true
  if (['false', 'False', '0'].includes(value)) return false
  throw validationError(
    'invalid_choice',
    'Select a valid choice. That choice is not one of the available choices.',
    'is_staff',
  )
}

export function registerUserRoutes(app: Hono<AppEnv>) {
  app.get('/api/users', (c) => {
    const auth = requireUser(c, { scope: 'user:read' })
    const deps = c.get('deps')
    const limit =
      Math.min(parseNonNegative(c.req.query('limit'), 'limit', PAGE_SIZE), 1000) || PAGE_SIZE
    const offset = parseNonNegative(c.req.query('offset'), 'offset', 0)
    const email = c.req.query('email') || undefined
    const isStaff = parseBoolean(c.req.query('is_staff'))
    // Non-staff callers only ever see themselves.
    const page = auth.user.is_staff
      ? listUsers(deps.db, { email, is_staff: isStaff, limit, offset })
      : (() => {
          const me = auth.user
          const match =
            (email === undefined || email.toLowerCase() === me.email) &&
            (isStaff === undefined || isStaff === me.is_staff)
          const rows = match && offset === 0 ? [me] : []
          return { count: match ? 1 : 0, rows }
        })()
    const url = new URL(c.req.url)
    const link = (o: number) => {
      const u = new URL(url)
      u.searchParams.set('limit', String(limit))
      if (o > 0) u.searchParams.set('offset', String(o))
      else u.searchParams.delete('offset')
      return u.toString()
    }
    return c.json({
      count: page.count,
      next: offset + limit < page.count ? link(offset + limit) : null,
      previous: offset > 0 ? link(Math.max(0, offset - limit)) : null,
      results: page.rows.map((u) => serializeUser(deps, u, auth)),
    })
  })

  refuseOtherMethods(app, '/api/users', ['GET'], { auth: { scope: 'user:read' } })

  app.get('/api/users/:uuid', (c) => {
    const auth = requireUser(c, { scope: 'user:read' })
    const deps = c.get('deps')
    const user = targetUser(c, auth, c.req.param('uuid'))
    const body = JSON.stringify(serializeUser(deps, user, auth))
    if (auth.kind === 'session' && auth.user.id === user.id) {
      deps.meCache.set(
        auth.session.key_hash,
        body,
        auth.session.created_at + deps.config.sessionAgeSec * 1000,
      )
    }
    return c.body(body, 200, { 'Content-Type': 'application/json' })
  })

  app.on(['PATCH', 'PUT'], '/api/users/:uuid', async (c) => {
    const user = await updateUserFromBody(c, c.req.param('uuid'), c.req.method === 'PUT')
    return c.json(serializeUser(c.get('deps'), user, c.get('auth')))
  })

  app.delete('/api/users/:uuid', (c) => {
    const auth = requireUser(c, { scope: 'user:write', sessionOnly: true, sensitive: true })
    const user = targetUser(c, auth, c.req.param('uuid'))
    const { db } = c.get('deps')
    if (membershipCount(db, user.id) > 0)
      throw conflict('Cannot delete user with organization memberships.')
    db.transaction(() => {
      deleteOtherSessions(db, user.id, null)
      deleteUser(db, user.id)
    })()
    return c.body(null, 204)
  })

  refuseOtherMethods(app, '/api/users/:uuid', ['GET', 'PATCH', 'PUT', 'DELETE'], {
    auth: { scope: 'user:read' },
  })
}
