import type { Hono } from 'hono'
import * as z from 'zod/mini'
import { drfChar, drfField, refuse } from '../../contract/drf'
import { passwordResetLinkPath } from '../../contract/password-reset'
import { parseBody, readBody } from '../lib/body'
import type { AppEnv } from '../lib/context'
import { notFound } from '../lib/errors'
import { mintResetToken, resetRequestsHandled } from '../lib/password-reset'
import { findUserByEmail } from '../store/users'

/** Not PostHog's: read with the contract's DRF fields, so errors look like the API's. */
const devResetTokenRequestSchema = z.object({
  email: drfChar({ required: true, max: 254 }),
  age_seconds: drfField((raw): number => {
    if (raw === null) return 0
    const n = typeof raw === 'string' && raw.trim() !== '' ? Number(raw) : raw
    return typeof n === 'number' && Number.isInteger(n) && n >= 0 && n <= 10 * 365 * 86_400
      ? n
      : refuse('invalid_input', 'A whole number of seconds, 0 or more, is required.')
  }, true),
})

export interface DevResetToken {
  uuid: string
  token: string
  /** The reset page's path, as the mail links to it. */
  path: string
}

/**
 * POST /_dev/password-reset-token {email, age_seconds?}: a reset token for the account as it is
 * now, dated `age_seconds` ago, so end-to-end tests reach an expired link without waiting a day.
 * It changes nothing: a link mailed earlier stays valid. Reset requests already answered are
 * handled first, so the token is made over the state they leave.
 */
export function registerDevPasswordResetRoutes(app: Hono<AppEnv>) {
  app.post('/_dev/password-reset-token', async (c) => {
    const deps = c.get('deps')
    const { email, age_seconds = 0 } = parseBody(devResetTokenRequestSchema, await readBody(c))
    await resetRequestsHandled(deps)
    const user = findUserByEmail(deps.db, email)
    if (!user?.is_active) throw notFound('No active account has this email address.')
    const token = mintResetToken(deps, user, age_seconds)
    return c.json({
      uuid: user.uuid,
      token,
      path: passwordResetLinkPath(user.uuid, token),
    } satisfies DevResetToken)
  })
}
