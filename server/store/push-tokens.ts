import { newUuid } from '../lib/ids'
import type { Db } from './db'

export interface PushTokenRow {
  id: string
  platform: string
  created_at: number
  last_seen_at: number
}

/**
 * Registers a token in one transaction: a known one is refreshed in place, a new one is added
 * and the least recently seen beyond `max` are evicted ("I lost my old phone"). Answers the row.
 */
export function registerPushToken(
  db: Db,
  userId: number,
  token: string,
  platform: string,
  nowMs: number,
  max: number,
): PushTokenRow {
  const id = db.transaction(() => {
    const existing = db
      .prepare('SELECT id FROM push_tokens WHERE user_id = ? AND token = ?')
      .get(userId, token) as { id: string } | undefined
    if (existing) {
      db.prepare('UPDATE push_tokens SET platform = ?, last_seen_at = ? WHERE id = ?').run(
        platform,
        nowMs,
        existing.id,
      )
      return existing.id
    }
    const id = newUuid()
    db.prepare(
      'INSERT INTO push_tokens (id, user_id, token, platform, created_at, last_seen_at) VALUES (?, ?, ?, ?, ?, ?)',
    ).run(id, userId, token, platform, nowMs, nowMs)
    db.prepare(
      `DELETE FROM push_tokens WHERE user_id = ? AND id IN (
         SELECT id FROM push_tokens WHERE user_id = ? ORDER BY last_seen_at DESC, created_at DESC, rowid DESC
         LIMIT -1 OFFSET ?)`,
    ).run(userId, userId, max)
    return id
  })()
  return db
    .prepare('SELECT id, platform, created_at, last_seen_at FROM push_tokens WHERE id = ?')
    .get(id) as PushTokenRow
}

export function deletePushToken(db: Db, userId: number, token: string) {
  db.prepare('DELETE FROM push_tokens WHERE user_id = ? AND token = ?').run(userId, token)
}
