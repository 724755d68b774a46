import type { Hono } from 'hono'
import { requireKeyProjectAccess, requireKeyScope } from '../lib/api-key-scopes'
import { authenticate, requireUser } from '../lib/auth'
import { isoZ } from '../lib/clock'
import type { AppEnv, Auth, Ctx } from '../lib/context'
import { notAuthenticated, notFound, validationError } from '../lib/errors'
import { countDashboards, listDashboards } from '../store/dashboards'
import { findTeam, organizationsOf } from '../store/organizations'

const PAGE_SIZE = 100

/**
 * The read-only slice of PostHog's DashboardsViewSet the scene-personalisation picker needs:
 * GET /api/projects/:project_id/dashboards with DashboardBasicSerializer's fields we can fill.
 */

/** DashboardsViewSet has scope_object "dashboard": a key needs dashboard:read (or write, or *). */
function requireDashboardReader(c: Ctx): Auth {
  const auth = authenticate(c)
  if (!auth) throw notAuthenticated()
  if (auth.kind === 'key') {
    requireKeyScope(auth, 'dashboard:read')
    return auth
  }
  return requireUser(c, { scope: 'user:read' })
}

/** TeamAndOrgViewSetMixin: `@current` is the caller's current team; a team outside their organizations is a 404. */
function projectOf(c: Ctx, auth: Auth, param: string): number {
  const id =
    param === '@current' ? auth.user.current_team_id : /^\d+$/.test(param) ? Number(param) : null
  const team = id !== null && Number.isSafeInteger(id) ? findTeam(c.get('deps').db, id) : null
  if (
    !team ||
    !organizationsOf(c.get('deps').db, auth.user.id).some((o) => o.id === team.organization_id)
  )
    throw notFound()
  return team.id
}

function pageParam(value: string | undefined, name: string, fallback: number): number {
  if (value === undefined || value === '') return fallback
  if (!/^\d+$/.test(value))
    throw validationError('invalid_input', 'A valid integer is required.', name)
  // Past 2^53 the number is a float, which SQLite refuses as LIMIT/OFFSET (a 500); no page is that far.
  return Math.min(Number(value), Number.MAX_SAFE_INTEGER)
}

export function registerDashboardRoutes(app: Hono<AppEnv>) {
  app.get('/api/projects/:project_id/dashboards', (c) => {
    const auth = requireDashboardReader(c)
    const teamId = projectOf(c, auth, c.req.param('project_id'))
    if (auth.kind === 'key') requireKeyProjectAccess(auth, findTeam(c.get('deps').db, teamId)!)
    const limit = Math.min(pageParam(c.req.query('limit'), 'limit', PAGE_SIZE), 1000) || PAGE_SIZE
    const offset = pageParam(c.req.query('offset'), 'offset', 0)
    const { db } = c.get('deps')
    const n = countDashboards(db, teamId)
    const rows = listDashboards(db, teamId, limit, offset)
    const link = (o: number) => {
      const u = new URL(c.req.url)
      u.searchParams.set('limit', String(limit))
      if (o > 0) u.searchParams.set('offset', String(o))
      else u.searchParams.delete('offset')
      return u.toString()
    }
    return c.json({
      count: n,
      next: offset + limit < n ? link(offset + limit) : null,
      previous: offset > 0 ? link(Math.max(0, offset - limit)) : null,
      results: rows.map((r) => ({
        id: r.id,
        name: r.name,
        description: r.description,
        pinned: r.pinned === 1,
        created_at: isoZ(r.created_at),
        deleted: false,
        tags: [],
        is_shared: false,
      })),
    })
  })
}
