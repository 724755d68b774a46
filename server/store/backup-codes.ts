import type { Db } from './db'

export interface BackupCodeRow {
  id: number
  salt: string
  hash: string
}

/** The old set goes and the new one comes in one transaction: never both, never neither. */
export function replaceBackupCodes(
  db: Db,
  userId: number,
  rows: { salt: string; hash: string }[],
  nowMs: number,
) {
  db.transaction(() => {
    db.prepare('DELETE FROM backup_codes WHERE user_id = ?').run(userId)
    const insert = db.prepare(
      'INSERT INTO backup_codes (user_id, salt, hash, created_at) VALUES (?, ?, ?, ?)',
    )
    for (const row of rows) insert.run(userId, row.salt, row.hash, nowMs)
  })()
}

export function countBackupCodes(db: Db, userId: number): number {
  const row = db
    .prepare('SELECT COUNT(*) AS n FROM backup_codes WHERE user_id = ?')
    .get(userId) as { n: number }
  return Number(row.n)
}

export function deleteBackupCodes(db: Db, userId: number) {
  db.prepare('DELETE FROM backup_codes WHERE user_id = ?').run(userId)
}

export function listBackupCodes(db: Db, userId: number): BackupCodeRow[] {
  return (
    db.prepare('SELECT id, salt, hash FROM backup_codes WHERE user_id = ?').all(userId) as Record<
      string,
      unknown
    >[]
  ).map((r) => ({ id: r.id as number, salt: r.salt as string, hash: r.hash as string }))
}

/** Deletes by id; true only for the request whose DELETE removed the row. */
export function deleteBackupCode(db: Db, userId: number, id: number): boolean {
  return (
    db.prepare('DELETE FROM backup_codes WHERE id = ? AND user_id = ?').run(id, userId).changes ===
    1
  )
}
