import { randomToken } from '../lib/ids'
import type { Db } from './db'

/**
 * A random secret made once per database and kept with it, so what it signs stays valid across
 * restarts and dies with the data (a fresh DATA_DIR invalidates every signed cookie).
 */
export function serverSecret(db: Db, name: string): string {
  const row = db.prepare('SELECT value FROM server_secrets WHERE name = ?').get(name) as
    { value: string } | undefined
  if (row) return row.value
  db.prepare('INSERT OR IGNORE INTO server_secrets (name, value) VALUES (?, ?)').run(
    name,
    randomToken(32),
  )
  return (
    db.prepare('SELECT value FROM server_secrets WHERE name = ?').get(name) as { value: string }
  ).value
}
