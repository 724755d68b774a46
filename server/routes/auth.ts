import type { Hono } from 'hono'
import { clearSessionCookie, setSessionCookie } from '../lib/auth'
import { has, isEmail, readBody } from '../lib/body'
import type { AppEnv, Ctx } from '../lib/context'
import { enforceCsrf, ensureCsrfCookie } from '../lib/csrf'
import { HttpError, validationError } from '../lib/errors'
import { sha256Hex } from '../lib/ids'
import { verifySecret } from '../lib/passwords'
import { hasTotpDevice, verifyLoginSecondFactor } from '../lib/second-factor'
import { createSession, deleteSession, updateSession } from '../store/sessions'
import { findUserByEmail, findUserById, type UserRow } from '../store/users'

/** Failed password attempts per email, as django-axes counts them. */
const failures = new WeakMap<object, Map<string, number[]>>()

function failureLog(c: Ctx) {
  const deps = c.get('deps')
  let log = failures.get(deps)
  if (!log) failures.set(deps, (log = new Map()))
  return log
}

function checkLockout(c: Ctx, email: string) {
  const { clock, config } = c.get('deps')
  const since = clock.now() - config.loginLockoutSec * 1000
  const recent = (failureLog(c).get(email) ?? []).filter((t) => t > since)
  failureLog(c).set(email, recent)
  if (recent.length >= config.loginFailureLimit) {
    throw new HttpError(
      403,
      'authentication_error',
      'too_many_failed_attempts',
      'Too many failed login attempts. Please try again in 10 minutes.',
    )
  }
}

/**
 * Django's login(): a new session key (the old row is deleted), a new CSRF token, and
 * session_created_at = last_reauth_at = now.
 */
export function logIn(c: Ctx, user: UserRow) {
  const { db, clock } = c.get('deps')
  const old = c.get('session')
  if (old) deleteSession(db, old.key_hash)
  const now = clock.now()
  const key = createSession(db, {
    user_id: user.id,
    created_at: now,
    last_reauth_at: now,
    two_factor_verified: true,
  })
  setSessionCookie(c, key)
  ensureCsrfCookie(c, true)
}

export function registerAuthRoutes(app: Hono<AppEnv>) {
  app.post('/api/login', async (c) => {
    const { db, clock } = c.get('deps')
    const session = c.get('session')
    // A signed-in caller is re-authenticating: DRF's SessionAuthentication checks CSRF then.
    if (session?.user_id) enforceCsrf(c)
    const body = await readBody(c)
    for (const key of ['email', 'password']) {
      if (!has(body, key) || body[key] === null || body[key] === '') {
        throw validationError('required', 'This field is required.', key)
      }
    }
    if (typeof body.email !== 'string' || !isEmail(body.email.trim())) {
      throw validationError('invalid_input', 'Enter a valid email address.', 'email')
    }
    if (typeof body.password !== 'string')
      throw validationError('invalid_input', 'Not a valid string.', 'password')
    const email = body.email.trim().toLowerCase()
    checkLockout(c, email)
    const user = findUserByEmail(db, email)
    const ok = user?.is_active ? await verifySecret(body.password, user.password_hash) : false
    if (!user || !ok) {
      failureLog(c).set(email, [...(failureLog(c).get(email) ?? []), clock.now()])
      throw validationError('invalid_credentials', 'Invalid email or password.')
    }
    failureLog(c).delete(email)
    if (hasTotpDevice(c.get('deps'), user.id)) {
      const now = clock.now()
      if (session) {
        // Keep the current session (a re-auth must not sign the user out) and park the pending login in it.
        updateSession(db, session.key_hash, { pending_2fa_user_id: user.id, pending_2fa_at: now })
      } else {
        const key = createSession(db, {
          user_id: null,
          created_at: now,
          pending_2fa_user_id: user.id,
          pending_2fa_at: now,
        })
        setSessionCookie(c, key)
        ensureCsrfCookie(c)
      }
      throw new HttpError(401, 'server_error', '2fa_required', '2FA is required.')
    }
    logIn(c, user)
    return c.json({ success: true })
  })

  app.post('/api/login/token', async (c) => {
    const deps = c.get('deps')
    const session = c.get('session')
    const pendingId = session?.pending_2fa_user_id ?? null
    deps.throttles.check(
      'loginSecondFactor',
      sha256Hex(String(pendingId ?? c.req.header('x-forwarded-for') ?? 'anon')),
    )
    if (session?.user_id) enforceCsrf(c)
    const body = await readBody(c)
    const user = pendingId !== null ? findUserById(deps.db, pendingId) : null
    if (!session || !user) {
      throw validationError('invalid_2fa_session', 'Invalid 2FA session. Please log in again.')
    }
    if (
      deps.clock.now() - (session.pending_2fa_at ?? 0) >
      deps.config.twoFactorLoginTimeoutSec * 1000
    ) {
      throw validationError('2fa_expired', 'Login attempt has expired. Re-enter username/password.')
    }
    const token =
      typeof body.token === 'string' || typeof body.token === 'number'
        ? String(body.token).trim()
        : ''
    if (!token)
      throw validationError(
        '2fa_missing_credentials',
        'Either token or passkey credentials required.',
      )
    const result = await verifyLoginSecondFactor(deps, user.id, token)
    if (result === 'too_many_attempts')
      throw validationError('2fa_too_many_attempts', 'Too many attempts.')
    if (result === 'invalid') throw validationError('2fa_invalid', 'Invalid authentication code')
    logIn(c, user)
    return c.json({ success: true })
  })

  const logout = async (c: Ctx) => {
    const { db } = c.get('deps')
    const body = c.req.header('Content-Type')?.includes('form') ? await readBody(c) : {}
    try {
      enforceCsrf(
        c,
        typeof body.csrfmiddlewaretoken === 'string' ? body.csrfmiddlewaretoken : undefined,
      )
    } catch (error) {
      // /logout is a plain Django view: a CSRF failure is Django's HTML page, not JSON.
      if (error instanceof HttpError)
        return c.html(
          '<h1>Forbidden (403)</h1><p>CSRF verification failed. Request aborted.</p>',
          403,
        )
      throw error
    }
    const session = c.get('session')
    if (session) deleteSession(db, session.key_hash)
    clearSessionCookie(c)
    const next =
      typeof body.next === 'string' && body.next.startsWith('/') && !body.next.startsWith('//')
        ? body.next
        : null
    return c.redirect(next ? `/login?next=${encodeURIComponent(next)}` : '/login', 302)
  }
  app.post('/logout', logout)
  app.on(['GET', 'PUT', 'PATCH', 'DELETE'], '/logout', (c) => {
    c.header('Allow', 'POST')
    return c.body(null, 405)
  })
}
