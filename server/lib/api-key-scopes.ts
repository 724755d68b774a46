import {
  ALL_ACCESS_SCOPE,
  FLAGGED_SCOPE_OBJECT,
  isKnownScope,
  parseScope,
} from '../../contract/personal-api-keys'
import type { Db } from '../store/db'
import type { PersonalApiKeyAuthRow } from '../store/personal-api-keys'
import type { UserRow } from '../store/users'
import { organizationsOf, type TeamRow } from '../store/organizations'
import type { Auth } from './context'
import { permissionDenied, validationError } from './errors'

type KeyAuth = Extract<Auth, { kind: 'key' }>

/**
 * APIScopePermission's check: `*` grants everything, `<object>:write` also satisfies
 * `<object>:read`, and a legacy key with no scopes may do anything (auth §8).
 */
export function grants(scopes: readonly string[], scope: string): boolean {
  if (scopes.length === 0 || scopes.includes(ALL_ACCESS_SCOPE) || scopes.includes(scope))
    return true
  const parsed = parseScope(scope)
  return parsed?.action === 'read' && scopes.includes(`${parsed.object}:write`)
}

/** 403 unless the key's scopes grant `scope`. */
export function requireKeyScope(auth: KeyAuth, scope: string) {
  if (!grants(auth.scopes, scope))
    throw permissionDenied(`API key missing required scope '${scope}'`)
}

/**
 * A key restricted with scoped_teams or scoped_organizations reaches only those projects (and
 * the projects of those organizations). `GET /api/users/@me/` is exempt and never calls this.
 */
export function requireKeyProjectAccess(auth: KeyAuth, team: TeamRow) {
  const { scopedTeams, scopedOrganizations } = auth.key
  const teamOk = !scopedTeams?.length || scopedTeams.includes(team.id)
  const orgOk = !scopedOrganizations?.length || scopedOrganizations.includes(team.organization_id)
  if (!teamOk || !orgOk)
    throw permissionDenied(`API key does not have access to the requested project: ID ${team.id}.`)
}

// The serializer's validate_* methods (§5.3): each a 400 on its field.

/**
 * Every scope is `*` or a grantable `<object>:read|write`. An `llm_gateway` scope is behind a
 * feature flag that is off here: refused when newly added, kept when the key already had it.
 */
export function validateScopes(scopes: readonly string[], existing: readonly string[] = []) {
  for (const scope of scopes) {
    if (!isKnownScope(scope))
      throw validationError('invalid_input', `Invalid scope: ${scope}`, 'scopes')
  }
  const flagged = (s: string) => parseScope(s)?.object === FLAGGED_SCOPE_OBJECT
  if (scopes.some((s) => flagged(s) && !existing.includes(s))) {
    throw validationError(
      'invalid_input',
      'LLM gateway scope is not available. Contact support to enable this feature.',
      'scopes',
    )
  }
}

const UUID = /^[0-9a-f]{8}-?[0-9a-f]{4}-?[0-9a-f]{4}-?[0-9a-f]{4}-?[0-9a-f]{12}$/i

/** Every team must be a project of one of the user's organizations (an unknown id too). */
export function validateScopedTeams(db: Db, userId: number, teams: readonly number[]) {
  if (teams.length === 0) return
  const orgs = organizationsOf(db, userId).map((o) => o.id)
  const inOrgs = db
    .prepare(
      `SELECT id FROM teams WHERE organization_id IN (${orgs.map(() => '?').join(', ') || 'NULL'})`,
    )
    .all(...orgs) as { id: number }[]
  const allowed = new Set(inOrgs.map((t) => t.id))
  if (!teams.every((t) => allowed.has(t)))
    throw validationError(
      'invalid_input',
      'You must be a member of all teams that you are scoping the key to.',
      'scoped_teams',
    )
}

/** Each a UUID (Django's UUIDField reads hex with or without hyphens) of one of the user's organizations. */
export function validateScopedOrganizations(
  db: Db,
  userId: number,
  ids: readonly string[],
): string[] {
  if (ids.length === 0) return []
  if (!ids.every((id) => UUID.test(id)))
    throw validationError('invalid_input', 'Invalid organization UUID', 'scoped_organizations')
  const canonical = ids.map(canonicalUuid)
  const mine = new Set(organizationsOf(db, userId).map((o) => o.id.toLowerCase()))
  if (!canonical.every((id) => mine.has(id)))
    throw validationError(
      'invalid_input',
      'You must be a member of all organizations that you are scoping the key to.',
      'scoped_organizations',
    )
  return canonical
}

function canonicalUuid(id: string): string {
  const hex = id.replace(/-/g, '').toLowerCase()
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`
}

/** The Auth of a key-authenticated request, from its stored row. */
export function keyAuth(row: PersonalApiKeyAuthRow, user: UserRow): KeyAuth {
  return {
    kind: 'key',
    user,
    scopes: JSON.parse(row.scopes) as string[],
    key: {
      id: row.id,
      scopedTeams: row.scoped_teams === null ? null : (JSON.parse(row.scoped_teams) as number[]),
      scopedOrganizations:
        row.scoped_organizations === null
          ? null
          : (JSON.parse(row.scoped_organizations) as string[]),
    },
  }
}
