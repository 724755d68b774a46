import type { Body } from './body'
import type { Ctx } from './context'
import { validationError } from './errors'
import { checkAssertion } from './webauthn'
import { takeChallenge } from './webauthn-challenges'
import type { SessionRow } from '../store/sessions'
import type { UserRow } from '../store/users'
import { findVerifiedByCredentialId, markUsed } from '../store/webauthn-credentials'

/** The remember-device cookie's otp_device_id after a passkey second factor (contract auth §1.3). */
export const PASSKEY_2FA_DEVICE = 'passkey_2fa'

/** The body of POST /api/login/token takes the passkey path when both keys are there. */
export const isPasskeyAnswer = (body: Body) =>
  body.credential_id !== undefined &&
  body.credential_id !== null &&
  body.response !== undefined &&
  body.response !== null

/**
 * The passkey branch of TwoFactorViewSet: the challenge from /api/login/2fa/passkey/begin/
 * (single use), a verified passkey of the pending user, then the assertion; the new sign count
 * is stored. Throws PostHog's envelope errors.
 */
export async function verifyPasskeySecondFactor(
  c: Ctx,
  session: SessionRow,
  user: UserRow,
  body: Body,
): Promise<void> {
  const { db } = c.get('deps')
  const challenge = takeChallenge(c, session, 'second_factor')
  if (!challenge)
    throw validationError('2fa_no_challenge', 'No 2FA challenge found. Please start 2FA again.')
  const id = typeof body.credential_id === 'string' ? body.credential_id : ''
  const stored = id ? findVerifiedByCredentialId(db, id) : null
  if (!stored || stored.user_id !== user.id)
    throw validationError('2fa_invalid_passkey', 'Invalid passkey.')
  const assertion = { id, rawId: id, type: 'public-key', response: body.response }
  const counter = await checkAssertion(c, assertion, challenge.challenge, stored)
  if (counter === null)
    throw validationError('2fa_passkey_failed', 'Passkey verification failed. Please try again.')
  markUsed(db, stored.id, counter, true)
}
