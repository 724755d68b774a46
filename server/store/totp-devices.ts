import type { Db } from './db'

/** The TOTP device's secret, or null without one: a new enrolment has a new secret. */
export function totpDeviceSecret(db: Db, userId: number): string | null {
  const row = db.prepare('SELECT secret FROM totp_devices WHERE user_id = ?').get(userId) as
    { secret: string } | undefined
  return row?.secret ?? null
}

export function hasTotpDevice(db: Db, userId: number): boolean {
  return Boolean(db.prepare('SELECT 1 AS x FROM totp_devices WHERE user_id = ?').get(userId))
}

export function findTotpDevice(
  db: Db,
  userId: number,
): { secret: string; last_step: number } | undefined {
  return db.prepare('SELECT secret, last_step FROM totp_devices WHERE user_id = ?').get(userId) as
    { secret: string; last_step: number } | undefined
}

/** Claims a step only if it is later than the last used one: of two racing submissions one wins. */
export function claimTotpStep(db: Db, userId: number, step: number, drift: number): boolean {
  return (
    db
      .prepare(
        `UPDATE totp_devices SET last_step = ?, drift = ?, failure_count = 0, failure_at = NULL
         WHERE user_id = ? AND last_step < ?`,
      )
      .run(step, drift, userId, step).changes === 1
  )
}

export interface NewTotpDevice {
  userId: number
  secret: string
  step: number
  drift: number
  createdAt: number
}

export function saveTotpDevice(db: Db, d: NewTotpDevice) {
  db.prepare(
    `INSERT OR REPLACE INTO totp_devices (user_id, secret, last_step, drift, created_at, failure_count, failure_at)
     VALUES (?, ?, ?, ?, ?, 0, NULL)`,
  ).run(d.userId, d.secret, d.step, d.drift, d.createdAt)
}

export function deleteTotpDevice(db: Db, userId: number) {
  db.prepare('DELETE FROM totp_devices WHERE user_id = ?').run(userId)
}

export interface TotpThrottle {
  failure_count: number
  failure_at: number | null
}

export function findTotpThrottle(db: Db, userId: number): TotpThrottle | null {
  const row = db
    .prepare('SELECT failure_count, failure_at FROM totp_devices WHERE user_id = ?')
    .get(userId) as Record<string, unknown> | undefined
  return row
    ? {
        failure_count: Number(row.failure_count),
        failure_at: (row.failure_at as number | null) ?? null,
      }
    : null
}

export function bumpTotpFailures(db: Db, userId: number, nowMs: number) {
  db.prepare(
    'UPDATE totp_devices SET failure_count = failure_count + 1, failure_at = ? WHERE user_id = ?',
  ).run(nowMs, userId)
}

export function resetTotpFailures(db: Db, userId: number) {
  db.prepare('UPDATE totp_devices SET failure_count = 0, failure_at = NULL WHERE user_id = ?').run(
    userId,
  )
}
