import type { Hono } from 'hono'
import {
  INVALID_RESET_TOKEN_MESSAGE,
  passwordResetCheckQuerySchema,
  passwordResetCompleteRequestSchema,
  passwordResetRequestSchema,
  type PasswordResetCompleteResponse,
} from '../../contract/password-reset'
import { clearSessionCookie } from '../lib/auth'
import { parseBody, readBody, type Body } from '../lib/body'
import type { AppEnv, Ctx } from '../lib/context'
import { enforceCsrf, refuseCrossSiteSignIn } from '../lib/csrf'
import { validationError } from '../lib/errors'
import { sha256Hex } from '../lib/ids'
import { refuseOtherMethods } from '../lib/methods'
import { hashSecret, validateNewPassword } from '../lib/passwords'
import { isValidResetToken, requestPasswordReset } from '../lib/password-reset'
import { setResetRequestedAt } from '../store/password-resets'
import { deleteOtherSessions, endPendingSignIns } from '../store/sessions'
import { findUserById, findUserByUuid, updateUser, type UserRow } from '../store/users'

const invalidToken = () => validationError('invalid_token', INVALID_RESET_TOKEN_MESSAGE, 'token')

/**
 * Anonymous, sign-in-like writes: a cross-site Origin is refused and a body must be JSON (as for
 * POST /api/login); a signed-in caller is checked for CSRF, as DRF's SessionAuthentication
 * does on AllowAny views (contract auth §5).
 */
function guardAnonymousWrite(c: Ctx) {
  refuseCrossSiteSignIn(c)
  if (c.get('session')?.user_id) enforceCsrf(c)
}

/**
 * UserPasswordResetThrottle (posthog/rate_limit.py): a sha256 of the lower-cased body email
 * (trimmed too, as the field reads it, so spaces do not buy more mail); without one, the caller.
 */
function resetThrottleKey(c: Ctx, body: Body): string {
  const email = body.email
  if (typeof email === 'string' || typeof email === 'number')
    return sha256Hex(String(email).trim().toLowerCase())
  return `ip:${sha256Hex(c.req.header('x-forwarded-for') ?? 'anon')}`
}

/** The active user of the link's uuid, or null (an unknown uuid or garbage is no error of its own). */
function linkUser(c: Ctx): UserRow | null {
  const user = findUserByUuid(c.get('deps').db, c.req.param('uuid') ?? '')
  return user?.is_active ? user : null
}

/**
 * The site the mail links to: this request's (its Host is one of the allowed hosts), on https when
 * cookies are Secure, as the site is then served over TLS, perhaps through a terminating proxy.
 */
function siteOrigin(c: Ctx): string {
  const url = new URL(c.req.url)
  return `${c.get('deps').config.secureCookies ? 'https:' : url.protocol}//${url.host}`
}

export function registerPasswordResetRoutes(app: Hono<AppEnv>) {
  app.post('/api/reset', async (c) => {
    const deps = c.get('deps')
    guardAnonymousWrite(c)
    const body = await readBody(c)
    // Throttles run before the serializer, so a malformed request counts too.
    deps.throttles.check('passwordReset', resetThrottleKey(c, body))
    const { email } = parseBody(passwordResetRequestSchema, body)
    requestPasswordReset(deps, email, siteOrigin(c))
    return c.body(null, 204)
  })
  refuseOtherMethods(app, '/api/reset', ['POST'])

  app.get('/api/reset/:uuid', (c) => {
    const { token } = parseBody(passwordResetCheckQuerySchema, { token: c.req.query('token') })
    const user = linkUser(c)
    if (!user || !isValidResetToken(c.get('deps'), user, token)) throw invalidToken()
    // The newest PostHog answers 200 with no body (an older one 204).
    return c.body(null, 200)
  })

  app.post('/api/reset/:uuid', async (c) => {
    const deps = c.get('deps')
    guardAnonymousWrite(c)
    const { token, password } = parseBody(passwordResetCompleteRequestSchema, await readBody(c))
    const user = linkUser(c)
    if (!user || !isValidResetToken(deps, user, token)) throw invalidToken()
    validateNewPassword(password)
    const hash = await hashSecret(password)
    // Checked again where it is spent: of two requests with one token, only the first resets.
    const spent = deps.db
      .transaction(() => {
        const fresh = findUserById(deps.db, user.id)
        if (!fresh?.is_active || !isValidResetToken(deps, fresh, token)) return false
        updateUser(deps.db, user.id, { password_hash: hash, is_email_verified: true })
        setResetRequestedAt(deps.db, user.id, null)
        // Every session of the user, the caller's included; nobody is signed in (newest PostHog).
        deleteOtherSessions(deps.db, user.id, null)
        endPendingSignIns(deps.db, user.id)
        return true
      })
      .immediate()
    if (!spent) throw invalidToken()
    if (c.get('session')?.user_id === user.id) clearSessionCookie(c)
    return c.json({ success: true, email: user.email } satisfies PasswordResetCompleteResponse)
  })
  refuseOtherMethods(app, '/api/reset/:uuid', ['GET', 'POST'])
}
