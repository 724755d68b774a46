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
import { findVerifiedByCredentialId, markUsed } from '../store/webauthn-credentials'
import { logIn } from './auth'
import { bareError } from './passkeys'

/**
 * Passkey sign-in (WebAuthnLoginViewSet; contract auth §1.7, account-security §1.13): a
 * discoverable-credential ceremony; the verified credential decides the user and the userHandle
 * must name that same user. No second factor follows; the session records "passkey".
 */

const BEGIN = '/api/webauthn/login/begin'
const COMPLETE = '/api/webauthn/login/complete'
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
}
