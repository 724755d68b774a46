import type { Hono } from 'hono'
import type { ContentfulStatusCode } from 'hono/utils/http-status'
import type { PasskeyRegistrationDone, PasskeyRegistrationOptions } from '../../contract/passkeys'
import { requireUser } from '../lib/auth'
import { readBody, type Body } from '../lib/body'
import type { AppEnv, Ctx } from '../lib/context'
import { newUuid } from '../lib/ids'
import { refuseOtherMethods } from '../lib/methods'
import { sendSecurityMail } from '../lib/second-factor'
import {
  checkAssertion,
  checkRegistration,
  descriptor,
  PASSKEY_ALGORITHMS,
  PASSKEY_TIMEOUT_MS,
  relyingParty,
  requestOptions,
  serializeCredential,
  userHandle,
} from '../lib/webauthn'
import { issueChallenge, takeChallenge } from '../lib/webauthn-challenges'
import { deleteOtherSessions } from '../store/sessions'
import type { UserRow } from '../store/users'
import {
  deleteCredential,
  findUserCredential,
  hasVerifiedCredential,
  insertCredential,
  markUsed,
  renameCredential,
  userCredentials,
} from '../store/webauthn-credentials'

/**
 * Passkey management (posthog/api/webauthn.py; contract account-security §1.3–1.8): session
 * only, CSRF on writes, no recent-auth gate; errors a bare {"error"} as PostHog's.
 */

const REGISTER_BEGIN = '/api/webauthn/register/begin'
const REGISTER_COMPLETE = '/api/webauthn/register/complete'
const LIST = '/api/webauthn/credentials'
const ONE = `${LIST}/:id`
const VERIFY = `${ONE}/verify`
const VERIFY_COMPLETE = `${ONE}/verify_complete`
const GUARD = { scope: null, sessionOnly: true } as const

export const bareError = (c: Ctx, error: string, status: ContentfulStatusCode = 400) =>
  c.json({ error }, status)

const caller = (c: Ctx) => {
  const auth = requireUser(c, GUARD)
  if (auth.kind !== 'session') throw new Error('unreachable: sessionOnly refuses keys')
  return auth
}

const displayName = (user: UserRow) =>
  [user.first_name, user.last_name].filter(Boolean).join(' ').trim() || user.email

const transportsOf = (body: Body): string[] => {
  const response = body.response as { transports?: unknown } | undefined
  const list = response && typeof response === 'object' ? response.transports : undefined
  return Array.isArray(list) ? list.filter((t): t is string => typeof t === 'string') : []
}

const mail = (subject: string, verb: string) => (user: UserRow) => ({
  to: user.email,
  subject,
  text:
    `Hi ${user.first_name || user.email},\n\nA passkey was ${verb} your PostHog account (${user.email}).\n\n` +
    'If this was not you, get in touch with us straight away.',
})
const addedMail = mail('A passkey was added to your account', 'added to')
const removedMail = mail('A passkey was removed from your account', 'removed from')

export function registerPasskeyRoutes(app: Hono<AppEnv>) {
  app.post(REGISTER_BEGIN, (c) => {
    const { user, session } = caller(c)
    const { db } = c.get('deps')
    const verified = userCredentials(db, user.id).filter((row) => row.verified)
    const options: PasskeyRegistrationOptions = {
      rp: { name: 'PostHog', id: relyingParty(c).id },
      user: { id: userHandle(user.uuid), name: user.email, displayName: displayName(user) },
      challenge: issueChallenge(c, session, 'registration'),
      pubKeyCredParams: PASSKEY_ALGORITHMS.map((alg) => ({ type: 'public-key' as const, alg })),
      timeout: PASSKEY_TIMEOUT_MS,
      excludeCredentials: verified.map(descriptor),
      authenticatorSelection: {
        residentKey: 'required',
        requireResidentKey: true,
        userVerification: 'required',
      },
      attestation: 'none',
    }
    return c.json(options)
  })
  refuseOtherMethods(app, REGISTER_BEGIN, ['POST'], { auth: GUARD })

  app.post(REGISTER_COMPLETE, async (c) => {
    const { user, session } = caller(c)
    const { db, clock } = c.get('deps')
    const body = await readBody(c)
    const challenge = takeChallenge(c, session, 'registration')
    if (!challenge)
      return bareError(c, 'No registration challenge found. Please start registration again.')
    const failed = () => bareError(c, 'Registration failed: could not complete registration')
    const label = body.label === undefined ? 'Passkey' : body.label
    if (typeof label !== 'string' || label.length > 200) return failed()
    const credential = await checkRegistration(c, body, challenge.challenge)
    if (!credential) return failed()
    const id = newUuid()
    const stored = insertCredential(db, {
      ...credential,
      id,
      user_id: user.id,
      transports: transportsOf(body),
      label,
      created_at: clock.now(),
    })
    if (!stored) return failed()
    return c.json({
      success: true,
      credential_id: id,
      message: 'Credential stored. Please verify your passkey to complete registration.',
    } satisfies PasskeyRegistrationDone)
  })
  refuseOtherMethods(app, REGISTER_COMPLETE, ['POST'], { auth: GUARD })

  app.get(LIST, (c) => {
    const { user } = caller(c)
    return c.json(userCredentials(c.get('deps').db, user.id).map(serializeCredential))
  })
  refuseOtherMethods(app, LIST, ['GET'], { auth: GUARD })

  app.post(VERIFY, (c) => {
    const { user, session } = caller(c)
    const row = findUserCredential(c.get('deps').db, user.id, c.req.param('id'))
    if (!row) return bareError(c, 'Credential not found.', 404)
    if (row.verified) return bareError(c, 'Credential is already verified.')
    const challenge = issueChallenge(c, session, 'verification', row.id)
    return c.json(requestOptions(c, challenge, [row]))
  })
  refuseOtherMethods(app, VERIFY, ['POST'], { auth: GUARD })

  app.post(VERIFY_COMPLETE, async (c) => {
    const { user, session } = caller(c)
    const deps = c.get('deps')
    const body = await readBody(c)
    const pending = takeChallenge(c, session, 'verification')
    if (!pending?.credential_id)
      return bareError(c, 'No pending verification. Please start verification again.')
    if (pending.credential_id !== c.req.param('id')) return bareError(c, 'Credential ID mismatch.')
    const row = findUserCredential(deps.db, user.id, pending.credential_id)
    if (!row || row.verified) return bareError(c, 'Credential not found or already verified.')
    const counter =
      body.id === row.credential_id ? await checkAssertion(c, body, pending.challenge, row) : null
    if (counter === null)
      return bareError(c, 'Verification failed: could not complete verification')
    const first = !hasVerifiedCredential(deps.db, user.id)
    markUsed(deps.db, row.id, counter, true)
    if (first) deleteOtherSessions(deps.db, user.id, session.key_hash)
    await sendSecurityMail(deps, addedMail(user))
    return c.json(serializeCredential({ ...row, counter, verified: true }))
  })
  refuseOtherMethods(app, VERIFY_COMPLETE, ['POST'], { auth: GUARD })

  app.patch(ONE, async (c) => {
    const { user } = caller(c)
    const { db } = c.get('deps')
    const row = findUserCredential(db, user.id, c.req.param('id'))
    if (!row) return bareError(c, 'Credential not found.', 404)
    const { label } = await readBody(c)
    if (typeof label !== 'string' || label === '' || label.length > 200)
      return bareError(c, 'Label is required and must be 200 characters or less.')
    renameCredential(db, row.id, label)
    return c.json(serializeCredential({ ...row, label }))
  })
  app.delete(ONE, async (c) => {
    const { user } = caller(c)
    const deps = c.get('deps')
    const row = findUserCredential(deps.db, user.id, c.req.param('id'))
    if (!row) return bareError(c, 'Credential not found.', 404)
    deleteCredential(deps.db, row.id)
    await sendSecurityMail(deps, removedMail(user))
    return c.body(null, 204)
  })
  refuseOtherMethods(app, ONE, ['PATCH', 'DELETE'], { auth: GUARD })
}
