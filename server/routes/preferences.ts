import type { Hono } from 'hono'
import {
  pushTokenRegisterRequestSchema,
  pushTokenUnregisterRequestSchema,
  type PushToken,
} from '../../contract/push-tokens'
import { scenePersonalisationRequestSchema } from '../../contract/scene-personalisation'
import { productIntroSeenRequestSchema } from '../../contract/user'
import { requireUser } from '../lib/auth'
import { has, parseBody, readBody } from '../lib/body'
import { isoZ } from '../lib/clock'
import type { AppEnv, Ctx } from '../lib/context'
import { refuseOtherMethods } from '../lib/methods'
import { notFound, permissionDenied, validationError } from '../lib/errors'
import { dashboardTeamId } from '../store/dashboards'
import { deletePushToken, registerPushToken } from '../store/push-tokens'
import { deleteScene, saveScene } from '../store/scene-personalisation'
import { findUserById, updateUser, updateUserJson, type UserRow } from '../store/users'
import { targetUser } from '../lib/user-lookup'
import { serializeUser } from '../lib/user-serializer'

const MAX_PRODUCT_INTROS = 100
/** MAX_TOKENS_PER_USER in posthog/api/user_push_token.py. */
const MAX_PUSH_TOKENS = 20

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v)

/**
 * PrimaryKeyRelatedField(queryset=Dashboard.objects) as ScenePersonalisationSerializer.dashboard
 * reads it, once the contract's schema has read the pk: it must exist and be on the current team.
 */
function checkDashboard(c: Ctx, id: number, raw: unknown, user: UserRow) {
  const teamId = dashboardTeamId(c.get('deps').db, id)
  if (teamId === null)
    throw validationError(
      'does_not_exist',
      `Invalid pk "${String(raw)}" - object does not exist.`,
      'dashboard',
    )
  if (teamId !== user.current_team_id) {
    throw validationError(
      'invalid_input',
      "Dashboard must belong to the user's current team.",
      'dashboard',
    )
  }
}

/** user_push_token.py: only the literal `@me` path, even for staff (a device registers itself). */
function requireMePath(c: Ctx) {
  if (c.req.param('uuid') !== '@me')
    throw permissionDenied('Push tokens can only be managed via the `@me` path.')
}

async function pushTokenRequest(c: Ctx) {
  // UserPushTokenViewSet is its own viewset: scope user:write and no TimeSensitiveActionPermission
  // (posthog/api/user_push_token.py), unlike UserViewSet's custom actions.
  const auth = requireUser(c, { scope: 'user:write' })
  const body = await readBody(c)
  // Its UserAuthenticationThrottle only counts bodies carrying current_password.
  if (has(body, 'current_password'))
    c.get('deps').throttles.check('userAuthentication', auth.user.id)
  return { auth, body }
}

export function registerPreferenceRoutes(app: Hono<AppEnv>) {
  // hedgehog_config: throttle_classes=[] and exempt from the fresh-session rule.
  app.get('/api/users/:uuid/hedgehog_config', (c) => {
    const auth = requireUser(c, { scope: 'user:read' })
    const user = targetUser(c, auth, c.req.param('uuid'))
    // `instance.hedgehog_config or {}`: every Python-falsy value ([], {}, "", 0, false, null) reads as {}.
    const value = user.hedgehog_config
    const empty = !value || (typeof value === 'object' && Object.keys(value).length === 0)
    return c.json(empty ? {} : value)
  })

  app.patch('/api/users/:uuid/hedgehog_config', async (c) => {
    const auth = requireUser(c, { scope: 'user:write', sensitive: false })
    const user = targetUser(c, auth, c.req.param('uuid'))
    // The whole body replaces the stored value, unvalidated and unmerged.
    const body = await readBody(c)
    const { db } = c.get('deps')
    updateUser(db, user.id, { hedgehog_config: body })
    return c.json(findUserById(db, user.id)!.hedgehog_config)
  })
  refuseOtherMethods(app, '/api/users/:uuid/hedgehog_config', ['GET', 'PATCH'], {
    auth: { scope: 'user:read' },
  })

  app.post('/api/users/:uuid/scene_personalisation', async (c) => {
    const auth = requireUser(c, { scope: null, sensitive: false })
    const target = targetUser(c, auth, c.req.param('uuid'))
    const body = await readBody(c)
    const deps = c.get('deps')
    // The current team as it is once the body is in: a project switch meanwhile must not send
    // the choice to the old project. Everything from here to the write is synchronous.
    const user = findUserById(deps.db, target.id)
    if (!user) throw notFound()
    // Field validation first, then ScenePersonalisationSerializer.validate (dashboard before scene).
    const { scene, dashboard } = parseBody(scenePersonalisationRequestSchema, body)
    if (typeof dashboard === 'number') checkDashboard(c, dashboard, body.dashboard, user)
    if (dashboard === undefined)
      throw validationError('invalid_input', 'Dashboard must be provided.', 'dashboard')
    if (scene === undefined)
      throw validationError('invalid_input', 'Scene must be provided.', 'scene')
    if (dashboard === null) deleteScene(deps.db, user.id, user.current_team_id, scene)
    else saveScene(deps.db, user.id, user.current_team_id, scene, dashboard)
    return c.json(serializeUser(deps, findUserById(deps.db, user.id)!, auth))
  })
  refuseOtherMethods(app, '/api/users/:uuid/scene_personalisation', ['POST'], {
    auth: { scope: null },
  })

  app.patch('/api/users/:uuid/product_intro_seen', async (c) => {
    const auth = requireUser(c, { scope: 'user:write', sensitive: false })
    const user = targetUser(c, auth, c.req.param('uuid'))
    const body = await readBody(c)
    const request = parseBody(productIntroSeenRequestSchema, body)
    const productKey = request.product_key
    const seen = request.seen ?? true
    // Merged into the row as it is now, not as it was before the body arrived: two intros
    // marked seen at once must both stay.
    const merged = updateUserJson(
      c.get('deps').db,
      user.id,
      'has_seen_product_intro_for',
      (stored) => {
        const current = isObject(stored) ? stored : {}
        if (!has(current, productKey) && Object.keys(current).length >= MAX_PRODUCT_INTROS) {
          throw validationError(
            'invalid_input',
            `Cannot track more than ${MAX_PRODUCT_INTROS} product intros`,
          )
        }
        return { ...current, [productKey]: seen }
      },
    )
    if (merged === undefined) throw notFound()
    return c.json(merged)
  })
  refuseOtherMethods(app, '/api/users/:uuid/product_intro_seen', ['PATCH'], {
    auth: { scope: 'user:write' },
  })

  app.post('/api/users/:uuid/push_tokens', async (c) => {
    const { auth, body } = await pushTokenRequest(c)
    // @validated_request checks the body before the view's `@me` check runs.
    const { token, platform } = parseBody(pushTokenRegisterRequestSchema, body)
    requireMePath(c)
    const { db, clock } = c.get('deps')
    const saved = registerPushToken(db, auth.user.id, token, platform, clock.now(), MAX_PUSH_TOKENS)
    return c.json({
      id: saved.id,
      platform: saved.platform,
      created_at: isoZ(saved.created_at),
      last_seen_at: isoZ(saved.last_seen_at),
    } satisfies PushToken)
  })

  app.post('/api/users/:uuid/push_tokens/unregister', async (c) => {
    const { auth, body } = await pushTokenRequest(c)
    const { token } = parseBody(pushTokenUnregisterRequestSchema, body)
    requireMePath(c)
    deletePushToken(c.get('deps').db, auth.user.id, token)
    return c.body(null, 204)
  })
  refuseOtherMethods(app, '/api/users/:uuid/push_tokens', ['POST'], {
    auth: { scope: 'user:write' },
  })
  refuseOtherMethods(app, '/api/users/:uuid/push_tokens/unregister', ['POST'], {
    auth: { scope: 'user:write' },
  })
}
