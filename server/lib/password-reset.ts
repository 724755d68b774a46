import { passwordResetLinkPath, PASSWORD_RESET_TIMEOUT_SEC } from '../../contract/password-reset'
import { resetRequestedAt, setResetRequestedAt } from '../store/password-resets'
import { serverSecret } from '../store/secrets'
import { findUserByEmail, type UserRow } from '../store/users'
import type { Deps } from './context'
import { checkResetToken, makeResetToken, type ResetTokenSubject } from './reset-tokens'

/** What a reset token of `user` is made over, as the database has it now. */
function subjectOf(deps: Deps, user: UserRow): ResetTokenSubject {
  return {
    id: user.id,
    email: user.email,
    password_hash: user.password_hash,
    requested_password_reset_at: resetRequestedAt(deps.db, user.id),
  }
}

const secret = (deps: Deps) => serverSecret(deps.db, 'password_reset')

/** A token for `user` dated `ageSec` ago (the dev tool's expired links; 0 for a real one). */
export function mintResetToken(deps: Deps, user: UserRow, ageSec = 0): string {
  return makeResetToken(secret(deps), subjectOf(deps, user), deps.clock.now() - ageSec * 1000)
}

export function isValidResetToken(deps: Deps, user: UserRow, token: string): boolean {
  return checkResetToken(secret(deps), subjectOf(deps, user), token, deps.clock.now())
}

/**
 * POST /api/reset/'s work happens after the answer, one request at a time, as PostHog sends the
 * mail from a Celery task: the answer then takes the same time whether the address has an
 * account or not (no lookup, write or mail on its path).
 */
const queues = new WeakMap<Deps, Promise<void>>()

function afterAnswer(deps: Deps, work: () => Promise<void>) {
  const next = (queues.get(deps) ?? Promise.resolve()).then(work).catch((error: unknown) => {
    deps.log(`password reset mail failed: ${error instanceof Error ? error.message : error}`)
  })
  queues.set(deps, next)
}

/** Resolves once every reset request so far has been handled (its mail sent, or none). */
export const resetRequestsHandled = (deps: Deps): Promise<void> =>
  queues.get(deps) ?? Promise.resolve()

/**
 * PasswordResetSerializer.create: an active account with this address gets a new
 * requested_password_reset_at (which kills its older links) and the mail; any other gets nothing.
 * `origin` is the site the link points to.
 */
export function requestPasswordReset(deps: Deps, email: string, origin: string) {
  afterAnswer(deps, async () => {
    const user = findUserByEmail(deps.db, email)
    if (!user?.is_active) return
    setResetRequestedAt(deps.db, user.id, deps.clock.now())
    const token = mintResetToken(deps, user)
    await sendPasswordResetMail(deps, user, `${origin}${passwordResetLinkPath(user.uuid, token)}`)
  })
}

const hours = Math.round(PASSWORD_RESET_TIMEOUT_SEC / 3600)

/** PostHog's password_reset mail (posthog/tasks/email.py send_password_reset): the link alone on its line. */
async function sendPasswordResetMail(deps: Deps, user: UserRow, link: string) {
  await deps.mailer.send({
    to: user.email,
    subject: 'Reset your PostHog password',
    text: `Hi ${user.first_name || 'there'},\n\nSomeone (hopefully you) asked to reset the password of your PostHog account (${user.email}). Open this link to choose a new one:\n\n${link}\n\nThe link works once and expires in ${hours} hours. Choosing a new password signs you out everywhere. If you did not ask for this, ignore this email: your password stays as it is.\n`,
  })
}
