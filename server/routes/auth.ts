import type { Hono } from 'hono'
import { clearSessionCookie, setSessionCookie } from '../lib/auth'
import { parseBody, readBody } from '../lib/body'
import type { AppEnv, Ctx } from '../lib/context'
import { enforceCsrf, ensureCsrfCookie, refuseCrossSiteSignIn } from '../lib/csrf'
import {
  issueKnownDevice,
  issueRememberDevice,
  isRememberedDevice,
  staticDeviceId,
  totpDeviceId,
} from '../lib/device-cookies'
import { HttpError, validationError } from '../lib/errors'
import { sha256Hex } from '../lib/ids'
import { refuseOtherMethods } from '../lib/methods'
import { checkPasswordAttempt } from '../lib/lockout'
import { asQueryValue, safeNextPath } from '../../contract/redirects'
import {
  loginRequestSchema,
  loginTokenRequestSchema,
  logoutRequestSchema,
  type SuccessResponse,
} from '../../contract/auth'
import {
  passkeysForSecondFactor,
  resetTotpThrottle,
  verifyLoginSecondFactor,
} from '../lib/second-factor'
import {
  isPasskeyAnswer,
  PASSKEY_2FA_DEVICE,
  verifyPasskeySecondFactor,
} from '../lib/passkey-second-factor'
import { isNewDeviceSignIn, sendNewDeviceMail } from '../lib/new-device-mail'
import { requestActivity } from '../lib/session-activity'
import { createSession, deleteSession, updateSession, type LoginMethod } from '../store/sessions'
import { findUserByEmail, findUserById, type UserRow } from '../store/users'

/**
 * Django's login(): a new session key (the old row is deleted), a new CSRF token, and
 * session_created_at = last_reauth_at = now. The row records the browser's device and place
 * and the sign-in method: "password" also after the second factor or an emailed code, as
 * PostHog's ModelBackend (contract account-security §2.2).
 */
export function logIn(c: Ctx, user: UserRow, method: LoginMethod = 'password') {
  const { db, clock } = c.get('deps')
  const old = c.get('session')
  if (old) deleteSession(db, old.key_hash)
  const now = clock.now()
  const key = createSession(db, {
    user_id: user.id,
    created_at: now,
    last_reauth_at: now,
    two_factor_verified: true,
    activity: requestActivity(c),
    login_method: method,
  })
  setSessionCookie(c, key)
  ensureCsrfCookie(c, true)
  issueKnownDevice(c, user)
}

/**
 * A password sign-in completes (POST /api/login, or /api/login/token after it): the
 * new-device mail goes out once, when the sign-in is done, so a second-factor sign-in sends
 * it at its second step only (docs/decisions/0004). Asked before logIn issues the cookie.
 */
async function completePasswordSignIn(c: Ctx, user: UserRow) {
  const newDevice = isNewDeviceSignIn(c, user)
  logIn(c, user, 'password')
  if (newDevice) await sendNewDeviceMail(c, user, 'password')
}

export function registerAuthRoutes(app: Hono<AppEnv>) {
  app.post('/api/login', async (c) => {
    const deps = c.get('deps')
    const { db, clock } = deps
    const session = c.get('session')
    refuseCrossSiteSignIn(c)
    // A signed-in caller is re-authenticating: DRF's SessionAuthentication checks CSRF then.
    if (session?.user_id) enforceCsrf(c)
    const { email, password } = parseBody(loginRequestSchema, await readBody(c))
    const found = findUserByEmail(db, email)
    const user = found?.is_active ? found : null
    const ok = await checkPasswordAttempt(deps, email, password, user?.password_hash ?? null)
    if (!user || !ok) throw validationError('invalid_credentials', 'Invalid email or password.')
    const totpDevice = totpDeviceId(c, user.id)
    const passkeys = passkeysForSecondFactor(deps, user)
    if (
      (totpDevice && isRememberedDevice(c, user, totpDevice)) ||
      (passkeys && isRememberedDevice(c, user, PASSKEY_2FA_DEVICE))
    ) {
      // A browser that passed the second factor within 30 days is not asked again (§4.3).
      resetTotpThrottle(deps, user.id)
    } else if (totpDevice || passkeys) {
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
    await completePasswordSignIn(c, user)
    return c.json({ success: true } satisfies SuccessResponse)
  })

  app.post('/api/login/token', async (c) => {
    const deps = c.get('deps')
    const session = c.get('session')
    const pendingId = session?.pending_2fa_user_id ?? null
    deps.throttles.check(
      'loginSecondFactor',
      sha256Hex(String(pendingId ?? c.req.header('x-forwarded-for') ?? 'anon')),
    )
    refuseCrossSiteSignIn(c)
    if (session?.user_id) enforceCsrf(c)
    const body = await readBody(c)
    const passkey = isPasskeyAnswer(body)
    const { token } = passkey ? { token: '' } : parseBody(loginTokenRequestSchema, body)
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
    if (passkey) {
      await verifyPasskeySecondFactor(c, session, user, body)
      await completePasswordSignIn(c, user)
      issueRememberDevice(c, user, PASSKEY_2FA_DEVICE)
      return c.json({ success: true } satisfies SuccessResponse)
    }
    if (!token)
      throw validationError(
        '2fa_missing_credentials',
        'Either token or passkey credentials required.',
      )
    const result = await verifyLoginSecondFactor(deps, user.id, token)
    if (result === 'too_many_attempts')
      throw validationError('2fa_too_many_attempts', 'Too many attempts.')
    if (result === 'invalid') throw validationError('2fa_invalid', 'Invalid authentication code')
    await completePasswordSignIn(c, user)
    // Remembered for the device that matched: a backup code's cookie never skips the TOTP step.
    const device = result === 'totp' ? totpDeviceId(c, user.id) : staticDeviceId(user.id)
    if (device) issueRememberDevice(c, user, device)
    return c.json({ success: true } satisfies SuccessResponse)
  })

  const logout = async (c: Ctx) => {
    const { db } = c.get('deps')
    const form = parseBody(
      logoutRequestSchema,
      c.req.header('Content-Type')?.includes('form') ? await readBody(c) : {},
    )
    try {
      enforceCsrf(c, form.csrfmiddlewaretoken)
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
    // PostHog answers `/login?next=/settings/user-notifications`, the path left readable.
    const next = safeNextPath(form.next, '')
    return c.redirect(next ? `/login?next=${asQueryValue(next)}` : '/login', 302)
  }
  app.post('/logout', logout)
  refuseOtherMethods(app, '/logout', ['POST'], { plain: true })
}
