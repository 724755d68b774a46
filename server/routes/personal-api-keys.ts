import type { Hono, MiddlewareHandler } from 'hono'
import { MAX_PERSONAL_API_KEYS } from '../../contract/personal-api-keys'
import { readKeyFields } from '../lib/api-key-fields'
import { newKeyId, newKeyValue, serializeKey } from '../lib/api-key-values'
import { authenticate, requireUser } from '../lib/auth'
import { readBody } from '../lib/body'
import type { AppEnv, Auth, Ctx } from '../lib/context'
import { notAuthenticated, notFound, permissionDenied, validationError } from '../lib/errors'
import { refuseOtherMethods } from '../lib/methods'
import {
  deletePersonalApiKey,
  findUsersPersonalApiKey,
  insertPersonalApiKey,
  listPersonalApiKeys,
  updatePersonalApiKey,
  type PersonalApiKeyRow,
} from '../store/personal-api-keys'

/**
 * PostHog's PersonalAPIKeyViewSet (../shared/contract/posthog-account-security-api.md §5):
 * managed through a session only (CSRF, and every write within the 2-hour re-auth window); a
 * key may only read itself, by id or as `@current`. There is no key-management scope, so no
 * key can manage keys whatever its scopes.
 */

const LIST = '/api/personal_api_keys'
const CURRENT = `${LIST}/@current`
const DETAIL = `${LIST}/:id`
const ROLL = `${LIST}/:id/roll`

/** The newest wording (test_personal_api_keys.py); older versions capitalise "Personal API Key". */
const KEY_REFUSAL = 'This action does not support personal API key access'
const refuseKey = () => permissionDenied(KEY_REFUSAL)

/**
 * PersonalApiKeySelfAccessPermission's first half, before any handler (a 405 too): a key may
 * only `retrieve`. `keyMayRead` marks the paths whose GET is a retrieve.
 */
const keyGate =
  (keyMayRead: boolean): MiddlewareHandler<AppEnv> =>
  async (c, next) => {
    const auth = authenticate(c)
    if (auth?.kind === 'key' && !(keyMayRead && c.req.method === 'GET')) throw refuseKey()
    await next()
  }

/** A session caller; writes also check CSRF and the re-auth window (TimeSensitiveActionPermission). */
const sessionCaller = (c: Ctx, write: boolean) => requireUser(c, { scope: null, sensitive: write })

/** Only the caller's own keys exist for them: another user's id is a 404. */
function ownKey(c: Ctx, auth: Auth): PersonalApiKeyRow {
  const row = findUsersPersonalApiKey(c.get('deps').db, auth.user.id, c.req.param('id') ?? '')
  if (!row) throw notFound()
  return row
}

const limitReached = () =>
  validationError(
    'invalid_input',
    `You can only have ${MAX_PERSONAL_API_KEYS} personal API keys. Remove an existing key before creating a new one.`,
  )

export function registerPersonalApiKeyRoutes(app: Hono<AppEnv>) {
  app.use(LIST, keyGate(false))
  app.use(ROLL, keyGate(false))
  app.use(CURRENT, keyGate(true))
  app.use(DETAIL, keyGate(true))

  app.get(LIST, (c) => {
    const auth = sessionCaller(c, false)
    return c.json(listPersonalApiKeys(c.get('deps').db, auth.user.id).map((r) => serializeKey(r)))
  })

  app.post(LIST, async (c) => {
    const auth = sessionCaller(c, true)
    const { db, clock } = c.get('deps')
    const fields = readKeyFields(db, auth.user.id, await readBody(c), 'create')
    const { value, secure_value, mask_value } = newKeyValue()
    const id = newKeyId()
    const inserted = insertPersonalApiKey(
      db,
      {
        id,
        user_id: auth.user.id,
        label: fields.label!,
        description: fields.description ?? null,
        secure_value,
        mask_value,
        scopes: fields.scopes!,
        scoped_teams: fields.scoped_teams ?? null,
        scoped_organizations: fields.scoped_organizations ?? null,
        created_at: clock.now(),
      },
      MAX_PERSONAL_API_KEYS,
    )
    if (!inserted) throw limitReached()
    return c.json(serializeKey(findUsersPersonalApiKey(db, auth.user.id, id)!, value), 201)
  })
  refuseOtherMethods(app, LIST, ['GET', 'POST'], { auth: { scope: null } })

  // `@current` is the key making the request; a session has none to return (contract §7.9).
  app.get(CURRENT, (c) => {
    const auth = authenticate(c)
    if (!auth) throw notAuthenticated()
    if (auth.kind !== 'key') throw notFound()
    const row = findUsersPersonalApiKey(c.get('deps').db, auth.user.id, auth.key.id)
    if (!row) throw notFound()
    return c.json(serializeKey(row))
  })
  refuseOtherMethods(app, CURRENT, ['GET'], { auth: { scope: null } })

  app.get(DETAIL, (c) => {
    const auth = authenticate(c)
    if (!auth) throw notAuthenticated()
    const row = ownKey(c, auth)
    // The permission's object half: a key reads only itself.
    if (auth.kind === 'key' && row.id !== auth.key.id) throw refuseKey()
    return c.json(serializeKey(row))
  })

  const update = (mode: 'put' | 'patch') => async (c: Ctx) => {
    const auth = sessionCaller(c, true)
    const { db } = c.get('deps')
    const row = ownKey(c, auth)
    const fields = readKeyFields(db, auth.user.id, await readBody(c), mode, row)
    updatePersonalApiKey(db, row.id, fields)
    return c.json(serializeKey(findUsersPersonalApiKey(db, auth.user.id, row.id)!))
  }
  app.patch(DETAIL, update('patch'))
  app.put(DETAIL, update('put'))

  app.delete(DETAIL, (c) => {
    const auth = sessionCaller(c, true)
    deletePersonalApiKey(c.get('deps').db, ownKey(c, auth).id)
    return c.body(null, 204)
  })
  refuseOtherMethods(app, DETAIL, ['GET', 'PATCH', 'PUT', 'DELETE'], { auth: { scope: null } })

  // A new value returned once; the old one stops working at once (its hash is gone).
  app.post(ROLL, (c) => {
    const auth = sessionCaller(c, true)
    const { db, clock } = c.get('deps')
    const row = ownKey(c, auth)
    const { value, secure_value, mask_value } = newKeyValue()
    updatePersonalApiKey(db, row.id, { secure_value, mask_value, last_rolled_at: clock.now() })
    return c.json(serializeKey(findUsersPersonalApiKey(db, auth.user.id, row.id)!, value))
  })
  refuseOtherMethods(app, ROLL, ['POST'], { auth: { scope: null } })
}
