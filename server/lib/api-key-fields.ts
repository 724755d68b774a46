import {
  personalApiKeyPatchRequestSchema,
  personalApiKeyRequestSchema,
} from '../../contract/personal-api-keys'
import type { Db } from '../store/db'
import type { PersonalApiKeyChanges, PersonalApiKeyRow } from '../store/personal-api-keys'
import { validateScopedOrganizations, validateScopedTeams, validateScopes } from './api-key-scopes'
import { parseField, type Body } from './body'

type Fields = Pick<
  PersonalApiKeyChanges,
  'label' | 'description' | 'scopes' | 'scoped_teams' | 'scoped_organizations'
>

const FIELD_ORDER = [
  'label',
  'description',
  'scopes',
  'scoped_teams',
  'scoped_organizations',
] as const

/**
 * The writable fields of a create (`mode: 'create'`), PUT or PATCH body, read as
 * PersonalAPIKeySerializer reads them: field by field in its order, each field's own checks
 * then its validate_* method, so the first error reported is PostHog's. Lists come back as the
 * JSON the store keeps; an absent field is undefined (PATCH leaves it alone).
 */
export function readKeyFields(
  db: Db,
  userId: number,
  body: Body,
  mode: 'create' | 'put' | 'patch',
  existing?: PersonalApiKeyRow,
): Fields {
  const schema = mode === 'patch' ? personalApiKeyPatchRequestSchema : personalApiKeyRequestSchema
  const out: Fields = {}
  for (const field of FIELD_ORDER) {
    const value = parseField(schema.shape[field], body, field)
    if (value === undefined) continue
    switch (field) {
      case 'label':
        out.label = value as string
        break
      case 'description':
        // A blank description is stored as null.
        out.description = (value as string | null) || null
        break
      case 'scopes': {
        const scopes = value as string[]
        validateScopes(scopes, existing ? (JSON.parse(existing.scopes) as string[]) : [])
        out.scopes = JSON.stringify(scopes)
        break
      }
      case 'scoped_teams': {
        const teams = value as number[] | null
        if (teams) validateScopedTeams(db, userId, teams)
        out.scoped_teams = teams === null ? null : JSON.stringify(teams)
        break
      }
      case 'scoped_organizations': {
        const orgs = value as string[] | null
        out.scoped_organizations =
          orgs === null ? null : JSON.stringify(validateScopedOrganizations(db, userId, orgs))
        break
      }
    }
  }
  return out
}
