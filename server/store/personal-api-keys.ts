import { stmt, type Db } from './db'

export interface PersonalApiKeyRow {
  id: string
  user_id: number
  scopes: string
  last_used_at: number | null
}

// Both run on every key-authenticated request, so they are compiled once per database (stmt).
export function findPersonalApiKey(db: Db, secureValue: string): PersonalApiKeyRow | undefined {
  return stmt(
    db,
    'SELECT id, user_id, scopes, last_used_at FROM personal_api_keys WHERE secure_value = ?',
  ).get(secureValue) as PersonalApiKeyRow | undefined
}

export function touchPersonalApiKey(db: Db, id: string, nowMs: number) {
  stmt(db, 'UPDATE personal_api_keys SET last_used_at = ? WHERE id = ?').run(nowMs, id)
}
