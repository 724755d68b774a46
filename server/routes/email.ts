import type { Hono } from 'hono'
import { requireUser } from '../lib/auth'
import { parseBody, readBody } from '../lib/body'
import type { AppEnv, Ctx, Deps } from '../lib/context'
import { enforceCsrf } from '../lib/csrf'
import { codeMailThrottleKey, sendCodeMail } from '../lib/email-change'
import {
  checkCode,
  consumeCode,
  deleteCode,
  newCode,
  refundAttempt,
  storeCode,
} from '../lib/email-codes'
import { refuseOtherMethods } from '../lib/methods'
import { validationError } from '../lib/errors'
import { sha256Hex } from '../lib/ids'
import { hasTotpDevice } from '../lib/second-factor'
import { deleteOtherSessions } from '../store/sessions'
import {
  emailTakenByOther,
  findUserById,
  findUserByUuid,
  updateUser,
  type UserRow,
} from '../store/users'
import { logIn } from './auth'
import { serializeUser } from '../lib/user-serializer'
import {
  requestEmailVerificationRequestSchema,
  verifyEmailRequestSchema,
  type VerifyEmailResponse,
} from '../../contract/email'
import type { SuccessResponse } from '../../contract/auth'

const invalidCode = () =>
  validationError('invalid_code', 'This code is invalid or has expired.', 'code')

/** A signed-in caller is checked for CSRF, as DRF's SessionAuthentication does on AllowAny views. */
function csrfIfSignedIn(c: Ctx) {
  if (c.get('session')?.user_id) enforceCsrf(c)
}

const isVerified = (u: UserRow) => u.is_email_verified === true

/** A code proves the address it was sent to: the pending one (a change) or the account's own (signup). */
async function applyVerifiedCode(c: Ctx, deps: Deps, user: UserRow, target: string, hash: string) {
  const { db } = deps
  const session = c.get('session')
  const keep = session?.user_id === user.id ? session.key_hash : null
  const outcome = db.transaction((): 'changed' | 'verified' | 'invalid' | 'taken' => {
    const fresh = findUserById(db, user.id)
    if (!fresh) return 'invalid'
    const change = fresh.pending_email !== null && fresh.pending_email === target
    if (!change && target !== fresh.email) return 'invalid'
    if (change && emailTakenByOther(db, target, user.id)) return 'taken'
    if (!consumeCode(db, user.id, hash)) return 'invalid'
    if (!change) {
      updateUser(db, user.id, { is_email_verified: true })
      return 'verified'
    }
    updateUser(db, user.id, { email: target, pending_email: null, is_email_verified: true })
    deleteOtherSessions(db, user.id, keep)
    return 'changed'
  })()
  if (outcome === 'invalid') throw invalidCode()
  if (outcome === 'taken') {
    refundAttempt(db, user.id, hash)
    throw validationError(
      'email_taken',
      'Another account now uses this email address. Start the change again with a different address.',
      'email',
    )
  }
  if (outcome === 'changed') {
    const name = user.first_name || 'there'
    await deps.mailer.send({
      to: user.email,
      subject: 'Your PostHog email address was changed',
      text: `Hi ${name},\n\nThe email address of your PostHog account was changed from ${user.email} to ${target}. You were signed out on other devices.\n\nIf this wasn't you, contact support right away.\n`,
    })
    await deps.mailer.send({
      to: target,
      subject: 'Your PostHog email address is confirmed',
      text: `Hi ${name},\n\n${target} is now the email address of your PostHog account. Use it to sign in from now on.\n`,
    })
  }
}

export function registerEmailRoutes(app: Hono<AppEnv>) {
  app.post('/api/users/verify_email', async (c) => {
    const deps = c.get('deps')
    csrfIfSignedIn(c)
    const { uuid, code } = parseBody(verifyEmailRequestSchema, await readBody(c))
    // UserVerifyEmailThrottle (posthog/rate_limit.py): keyed by a hash of the uuid.
    deps.throttles.check('verifyEmail', sha256Hex(uuid))

    const found = findUserByUuid(deps.db, uuid)
    const user = found?.is_active ? found : null
    if (user && isVerified(user) && user.pending_email === null)
      return c.json({ success: true, requires_login: true } satisfies VerifyEmailResponse)
    const check = await checkCode(deps, user?.id ?? null, code)
    if (!check.ok) {
      if (check.reason === 'too_many_attempts')
        throw validationError(
          'too_many_attempts',
          'Too many incorrect attempts. Try again later.',
          'code',
        )
      throw invalidCode()
    }
    await applyVerifiedCode(c, deps, user!, check.target, check.hash)

    if (hasTotpDevice(deps, user!.id))
      return c.json({ success: true, requires_2fa: true } satisfies VerifyEmailResponse)
    if (c.get('session')?.user_id !== user!.id) logIn(c, findUserById(deps.db, user!.id)!)
    return c.json({ success: true } satisfies VerifyEmailResponse)
  })

  app.post('/api/users/request_email_verification', async (c) => {
    const deps = c.get('deps')
    csrfIfSignedIn(c)
    const { uuid } = parseBody(requestEmailVerificationRequestSchema, await readBody(c))
    // UserEmailVerificationThrottle: the user's id when signed in, else a hash of the lower-cased uuid.
    const signedIn = c.get('session')?.user_id
    deps.throttles.check(
      'emailVerificationRequest',
      signedIn ? codeMailThrottleKey(signedIn) : sha256Hex(uuid),
    )

    const found = findUserByUuid(deps.db, uuid)
    // An unknown uuid answers like a known one, so the endpoint cannot enumerate accounts.
    if (!found?.is_active) return c.json({ success: true } satisfies SuccessResponse)
    if (isVerified(found) && found.pending_email === null) {
      throw validationError('already_verified', 'Email is already verified.')
    }
    const target = found.pending_email ?? found.email
    const { code, hash } = await newCode(found.id, target)
    storeCode(deps.db, found.id, target, hash, deps.clock.now())
    await sendCodeMail(deps, found, target, code, found.pending_email !== null)
    return c.json({ success: true } satisfies SuccessResponse)
  })

  app.patch('/api/users/cancel_email_change_request', (c) => {
    const deps = c.get('deps')
    const auth = requireUser(c, { scope: null, sensitive: true })
    if (auth.user.pending_email === null) {
      throw validationError(
        'email_change_request_not_found',
        'No active email change requests found.',
      )
    }
    deps.db.transaction(() => {
      updateUser(deps.db, auth.user.id, { pending_email: null })
      deleteCode(deps.db, auth.user.id)
    })()
    return c.json(serializeUser(deps, findUserById(deps.db, auth.user.id)!, c.get('auth')))
  })

  // detail=False actions: other methods are 405, after authentication for the session-only one.
  refuseOtherMethods(
    app,
    ['/api/users/verify_email', '/api/users/request_email_verification'],
    ['POST'],
  )
  refuseOtherMethods(app, '/api/users/cancel_email_change_request', ['PATCH'], {
    auth: { scope: 'user:read' },
  })
}
