import { has, isEmail, type Body } from './body'
import type { Ctx, Deps } from './context'
import { newCode, storeCode } from './email-codes'
import { validationError } from './errors'
import { findUserByEmail, updateUser, type UserRow } from '../store/users'

/**
 * guard_identity_change (posthog/api/user.py): the address counts as changed when it differs
 * after lower-casing. Anything that is not a string counts too, so validation reports it.
 */
export function emailChangeRequested(user: UserRow, body: Body): boolean {
  if (!has(body, 'email')) return false
  const value = body.email
  if (typeof value !== 'string') return true
  return value.trim().toLowerCase() !== user.email.toLowerCase()
}

/** UserSerializer.validate_email, first error wins: format, plus-addressing, another account. */
function validateNewEmail(deps: Deps, user: UserRow, email: string): string {
  const normalized = email.trim().toLowerCase()
  if (!isEmail(normalized))
    throw validationError('invalid_input', 'Enter a valid email address.', 'email')
  // reject_plus_addressed_email in posthog/api/user.py; PostHog's wording was not inspected.
  if (normalized.slice(0, normalized.lastIndexOf('@')).includes('+')) {
    throw validationError(
      'invalid_input',
      'Email addresses with a "+" before the @ cannot be used. Enter the address without the + part.',
      'email',
    )
  }
  // Deactivated accounts count too, as in PostHog; another user's pending_email does not.
  const other = findUserByEmail(deps.db, normalized)
  if (other && other.id !== user.id) {
    throw validationError('unique', 'There is already an account with this email address.', 'email')
  }
  return normalized
}

/**
 * Every code mail a signed-in user causes (an email change or a resend) counts in one daily
 * budget, UserEmailVerificationThrottle's 6 a day, keyed as request_email_verification keys a
 * signed-in caller: otherwise changing the address again and again mails codes without limit.
 */
export const codeMailThrottleKey = (userId: number) => `user:${userId}`

const minutes = (deps: Deps) => Math.max(1, Math.round(deps.config.emailCodeTtlSec / 60))

/** The code mail; the code stands alone on its line so people (and tests) can pick it out. */
export async function sendCodeMail(
  deps: Deps,
  user: UserRow,
  to: string,
  code: string,
  change: boolean,
) {
  const intro = change
    ? `Enter this code in PostHog to confirm ${to} as the new email address of your account:`
    : `Enter this code in PostHog to verify the email address of your account (${to}):`
  await deps.mailer.send({
    to,
    subject: change
      ? 'Confirm your new PostHog email address'
      : 'Verify your PostHog email address',
    text: `Hi ${user.first_name || 'there'},\n\n${intro}\n\n${code}\n\nThis code expires in ${minutes(deps)} minutes. If you did not ask for it, ignore this email.\n`,
  })
}

/**
 * Validates the new address (throwing PostHog's 400s) and prepares the change: `commit` runs
 * inside the caller's transaction (pending_email and a new code bound to that address, replacing
 * any older code); `notify` mails the code to the new address and a heads-up to the old one.
 */
export async function stageEmailChange(
  c: Ctx,
  user: UserRow,
  email: string,
): Promise<{ commit(): void; notify(): Promise<void> }> {
  const deps = c.get('deps')
  const target = validateNewEmail(deps, user, email)
  // After validation (a mistyped address mails nothing, so it costs nothing), before any code.
  deps.throttles.check('emailVerificationRequest', codeMailThrottleKey(user.id))
  const { code, hash } = await newCode(user.id, target)
  return {
    commit() {
      updateUser(deps.db, user.id, { pending_email: target })
      storeCode(deps.db, user.id, target, hash, deps.clock.now())
    },
    async notify() {
      await sendCodeMail(deps, user, target, code, true)
      await deps.mailer.send({
        to: user.email,
        subject: 'Your PostHog email address is being changed',
        text: `Hi ${user.first_name || 'there'},\n\nSomeone asked to change the email address of your PostHog account from ${user.email} to ${target}. The change takes effect once the code sent to the new address is entered.\n\nIf this wasn't you, sign in, cancel the change and change your password.\n`,
      })
    },
  }
}
