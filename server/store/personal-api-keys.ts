import { stmt, type Db } from './db'

/** What key authentication needs: who, which scopes and which projects/organizations. */
export interface PersonalApiKeyAuthRow {
  id: string
  user_id: number
  /** JSON string[] */
  scopes: string
  /** JSON number[] or null (never restricted) */
  scoped_teams: string | null
  /** JSON string[] or null */
  scoped_organizations: string | null
  last_used_at: number | null
}

export interface PersonalApiKeyRow extends PersonalApiKeyAuthRow {
  label: string
  description: string | null
  secure_value: string
  mask_value: string
  created_at: number
  last_rolled_at: number | null
}

const AUTH_COLUMNS = 'id, user_id, scopes, scoped_teams, scoped_organizations, last_used_at'

// Both run on every key-authenticated request, so they are compiled once per database (stmt).
export function findPersonalApiKey(db: Db, secureValue: string): PersonalApiKeyAuthRow | undefined {
  return stmt(db, `SELECT ${AUTH_COLUMNS} FROM personal_api_keys WHERE secure_value = ?`).get(
    secureValue,
  ) as PersonalApiKeyAuthRow | undefined
}

export function touchPersonalApiKey(db: Db, id: string, nowMs: number) {
  stmt(db, 'UPDATE personal_api_keys SET last_used_at = ? WHERE id = ?').run(nowMs, id)
}

/** The user's keys, newest first (PostHog orders by -created_at). */
export function listPersonalApiKeys(db: Db, userId: number): PersonalApiKeyRow[] {
  return db
    .prepare(
      'SELECT * FROM personal_api_keys WHERE user_id = ? ORDER BY created_at DESC, rowid DESC',
    )
    .all(userId) as PersonalApiKeyRow[]
}

/** One of the user's keys; another user's is undefined (their queryset holds only their own). */
export function findUsersPersonalApiKey(
  db: Db,
  userId: number,
  id: string,
): PersonalApiKeyRow | undefined {
  return db
    .prepare('SELECT * FROM personal_api_keys WHERE id = ? AND user_id = ?')
    .get(id, userId) as PersonalApiKeyRow | undefined
}

export function countPersonalApiKeys(db: Db, userId: number): number {
  return (
    db.prepare('SELECT count(*) AS n FROM personal_api_keys WHERE user_id = ?').get(userId) as {
      n: number
    }
  ).n
}

export type NewPersonalApiKey = Omit<PersonalApiKeyRow, 'last_used_at' | 'last_rolled_at'>

/**
 * Inserts the key unless the user already has `max`: the count and the insert are one
 * transaction, so two concurrent creates cannot pass the limit together. False when at the limit.
 */
export function insertPersonalApiKey(db: Db, key: NewPersonalApiKey, max: number): boolean {
  return db.transaction(() => {
    if (countPersonalApiKeys(db, key.user_id) >= max) return false
    db.prepare(
      `INSERT INTO personal_api_keys (id, user_id, label, description, secure_value, mask_value,
         scopes, scoped_teams, scoped_organizations, created_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    ).run(
      key.id,
      key.user_id,
      key.label,
      key.description,
      key.secure_value,
      key.mask_value,
      key.scopes,
      key.scoped_teams,
      key.scoped_organizations,
      key.created_at,
    )
    return true
  })()
}

export type PersonalApiKeyChanges = Partial<
  Pick<
    PersonalApiKeyRow,
    | 'label'
    | 'description'
    | 'scopes'
    | 'scoped_teams'
    | 'scoped_organizations'
    | 'secure_value'
    | 'mask_value'
    | 'last_rolled_at'
  >
>

export function updatePersonalApiKey(db: Db, id: string, changes: PersonalApiKeyChanges) {
  const entries = Object.entries(changes).filter(([, v]) => v !== undefined)
  if (entries.length === 0) return
  db.prepare(
    `UPDATE personal_api_keys SET ${entries.map(([k]) => `${k} = ?`).join(', ')} WHERE id = ?`,
  ).run(...entries.map(([, v]) => v), id)
}

export function deletePersonalApiKey(db: Db, id: string) {
  db.prepare('DELETE FROM personal_api_keys WHERE id = ?').run(id)
}
