import type { Db } from './db'

/** The TOTP device's secret, or null without one: a new enrolment has a new secret. */
export function totpDeviceSecret(db: Db, userId: number): string | null {
  const row = db.prepare('SELECT secret FROM totp_devices WHERE user_id = ?').get(userId) as
    { secret: string } | undefined
  return row?.secret ?? null
}
