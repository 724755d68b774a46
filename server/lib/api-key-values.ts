import type { PersonalApiKey } from '../../contract/personal-api-keys'
import { effectiveScopes } from '../../contract/personal-api-keys'
import type { PersonalApiKeyRow } from '../store/personal-api-keys'
import { isoZ } from './clock'
import { newPersonalApiKey, randomBase57, sha256Hex } from './ids'

/** mask_value_helper: first 4 + "..." + last 4; a value under 16 chars shows nothing. */
export const maskValue = (value: string) =>
  value.length < 16 ? '********' : `${value.slice(0, 4)}...${value.slice(-4)}`

/** How PostHog stores a key: an unsalted sha256, prefixed with the hasher's name. */
export const secureValue = (value: string) => 'sha256$' + sha256Hex(value)

/** The primary key: a random token, newest base57 of 32 bytes. Opaque to clients. */
export const newKeyId = () => randomBase57(32)

/** A fresh plaintext value and what is stored for it. */
export function newKeyValue() {
  const value = newPersonalApiKey()
  return { value, secure_value: secureValue(value), mask_value: maskValue(value) }
}

const parseList = <T>(json: string | null): T[] | null =>
  json === null ? null : (JSON.parse(json) as T[])

/**
 * PersonalAPIKeySerializer (newest, §5.2), in its field order. `value` is the plaintext only in
 * the create and roll answers. This server keeps no plaintext, so `local_dev_value` is null.
 */
export function serializeKey(row: PersonalApiKeyRow, value: string | null = null): PersonalApiKey {
  return {
    id: row.id,
    label: row.label,
    description: row.description,
    value,
    mask_value: row.mask_value,
    created_at: isoZ(row.created_at),
    last_used_at: row.last_used_at === null ? null : isoZ(row.last_used_at),
    last_rolled_at: row.last_rolled_at === null ? null : isoZ(row.last_rolled_at),
    user_id: row.user_id,
    is_legacy_hashing: !row.secure_value.startsWith('sha256$'),
    scopes: [...effectiveScopes({ scopes: JSON.parse(row.scopes) as string[] })],
    scoped_teams: parseList<number>(row.scoped_teams),
    scoped_organizations: parseList<string>(row.scoped_organizations),
    local_dev_value: null,
  }
}
