import type { Hono } from 'hono'
import type { SuccessResponse } from '../../contract/auth'
import { setSessionCookie } from '../lib/auth'
import { readBody, type Body } from '../lib/body'
import type { AppEnv, Ctx } from '../lib/context'
import { enforceCsrf, ensureCsrfCookie, refuseCrossSiteSignIn } from '../lib/csrf'
import { checkLoginAttempt } from '../lib/lockout'
import { refuseOtherMethods } from '../lib/methods'
import { isNewDeviceSignIn, sendNewDeviceMail } from '../lib/new-device-mail'
import { checkAssertion, requestOptions, uuidFromHandle } from '../lib/webauthn'
import { issueChallenge, takeChallenge } from '../lib/webauthn-challenges'
import { createSession, findSession } from '../store/sessions'
import { findUserById } from '../store/users'
import {
  findVerifiedByCredentialId,
  markUsed,
  userCredentials,
} from '../store/webauthn-credentials'
import { hasTotpDevice, passkeysForSecondFactor } from '../lib/second-factor'
import { logIn } from './auth'
import { bareError } from './passkeys'

/**
 * Passkey sign-in (WebAuthnLoginViewSet; contract auth §1.7, account-security §1.13): a
 * discoverable-credential ceremony; the verified credential decides the user and the userHandle
 * must name that same user. No second factor follows; the session records "passkey".
 */

const BEGIN = '/api/webauthn/login/begin'
const COMPLETE = '/api/webauthn/login/complete'
const METHODS = '/api/login/2fa/passkey/methods'
const SECOND_FACTOR_BEGIN = '/api/login/2fa/passkey/begin'
const FAILED = 'Authentication failed. Please check your passkey and try again.'

/** The challenge lives in the session, so an anonymous caller gets one (as Django's session). */
function sessionFor(c: Ctx) {
  const session = c.get('session')
  if (session) return session
  const { db, clock } = c.get('deps')
  const key = createSession(db, { user_id: null, created_at: clock.now() })
  setSessionCookie(c, key)
  ensureCsrfCookie(c)
  return findSession(db, key)!
}

const text = (v: unknown): v is string => typeof v === 'string' && v !== ''

export function registerPasskeyLoginRoutes(app: Hono<AppEnv>) {
  app.post(BEGIN, (c) => {
    refuseCrossSiteSignIn(c)
    if (c.get('session')?.user_id) enforceCsrf(c)
    const session = sessionFor(c)
    return c.json(requestOptions(c, issueChallenge(c, session, 'login'), []))
  })
  refuseOtherMethods(app, BEGIN, ['POST'])

  app.post(COMPLETE, async (c) => {
    const deps = c.get('deps')
    refuseCrossSiteSignIn(c)
    const session = c.get('session')
    if (session?.user_id) enforceCsrf(c)
    const body: Body = await readBody(c)
    const challenge = takeChallenge(c, session, 'login')
    if (!challenge) return bareError(c, 'No login challenge found. Please start login again.')
    const response = (typeof body.response === 'object' && body.response) || {}
    const fields = response as Record<string, unknown>
    if (!text(fields.userHandle))
      return bareError(c, 'No userHandle in response. Please use a passkey saved for this site.')
    if (!text(body.id)) return bareError(c, 'No credential ID in response.')
    if (!['authenticatorData', 'clientDataJSON', 'signature'].every((k) => text(fields[k])))
      return bareError(c, 'Invalid response structure. Missing required fields.')
    const stored = findVerifiedByCredentialId(deps.db, body.id)
    const owner = stored ? findUserById(deps.db, stored.user_id) : null
    if (!stored || !owner?.is_active) return bareError(c, FAILED)
    let counter: number | null = null
    const ok = await checkLoginAttempt(deps, owner.email, async () => {
      if (uuidFromHandle(fields.userHandle as string) !== owner.uuid) return false
      counter = await checkAssertion(c, body, challenge.challenge, stored)
      return counter !== null
    })
    if (!ok || counter === null) return bareError(c, FAILED)
    markUsed(deps.db, stored.id, counter, true)
    const newDevice = isNewDeviceSignIn(c, owner)
    logIn(c, owner, 'passkey')
    if (newDevice) await sendNewDeviceMail(c, owner, 'passkey')
    return c.json({ success: true } satisfies SuccessResponse)
  })
  refuseOtherMethods(app, COMPLETE, ['POST'])

  // TwoFactorPasskeyViewSet (contract auth §1.4): the pending sign-in's passkey second factor.
  const pendingUser = (c: Ctx) => {
    const id = c.get('session')?.pending_2fa_user_id ?? null
    if (id === null)
      return { error: 'No pending 2FA session. Please log in first.', status: 400 } as const
    const user = findUserById(c.get('deps').db, id)
    return user ? { user } : ({ error: 'User not found.', status: 404 } as const)
  }

  app.get(METHODS, (c) => {
    const pending = pendingUser(c)
    if (!pending.user) return bareError(c, pending.error, pending.status)
    const deps = c.get('deps')
    return c.json({
      has_totp: hasTotpDevice(deps, pending.user.id),
      has_passkeys: passkeysForSecondFactor(deps, pending.user),
    })
  })
  refuseOtherMethods(app, METHODS, ['GET'])

  app.post(SECOND_FACTOR_BEGIN, (c) => {
    refuseCrossSiteSignIn(c)
    const session = c.get('session')
    if (session?.user_id) enforceCsrf(c)
    const pending = pendingUser(c)
    if (!pending.user || !session) return bareError(c, pending.error ?? '', pending.status)
    const verified = userCredentials(c.get('deps').db, pending.user.id).filter((r) => r.verified)
    if (verified.length === 0) return bareError(c, 'No passkeys found for this user.')
    if (!pending.user.passkeys_enabled_for_2fa)
      return bareError(c, 'Passkeys are not enabled for 2FA. Please enable them in your settings.')
    return c.json(requestOptions(c, issueChallenge(c, session, 'second_factor'), verified))
  })
  refuseOtherMethods(app, SECOND_FACTOR_BEGIN, ['POST'])
}
