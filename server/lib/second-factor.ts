// Placeholder replaced by the two-factor work: see server/lib/totp.ts.
import type { Deps } from './context'

export function hasTotpDevice(deps: Deps, userId: number): boolean {
  const row = deps.db.prepare('SELECT 1 AS x FROM totp_devices WHERE user_id = ?').get(userId)
  return Boolean(row)
}

export async function verifyLoginSecondFactor(
  _deps: Deps,
  _userId: number,
  _token: string,
): Promise<'ok' | 'invalid' | 'too_many_attempts'> {
  return 'invalid'
}
