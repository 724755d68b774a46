import type { Deps } from './context'
import { HttpError } from './errors'
import { hashSecret, verifySecret } from './passwords'

/**
 * django-axes on POST /api/login: failures are counted per email; reaching AXES_FAILURE_LIMIT
 * locks the email out until the cool-off has passed since the last failure. The attempt that
 * reaches the limit is itself answered with the lockout (PostHog: with a limit of 3 the third
 * wrong password gets 403).
 *
 * Each attempt reserves its place in the count before the password hash runs: the hash is
 * asynchronous, so otherwise every request of a parallel burst would pass the check first and
 * all of them would be evaluated. Now at most one attempt beyond the limit ever is.
 */
interface Failures {
  count: number
  lastAt: number
}

const byDeps = new WeakMap<Deps, Map<string, Failures>>()

function failures(deps: Deps): Map<string, Failures> {
  let map = byDeps.get(deps)
  if (!map) byDeps.set(deps, (map = new Map()))
  return map
}

function lockedOut(retryAfterSec: number) {
  return new HttpError(
    403,
    'authentication_error',
    'too_many_failed_attempts',
    'Too many failed login attempts. Please try again in 10 minutes.',
    null,
    { 'Retry-After': String(Math.max(1, Math.ceil(retryAfterSec))) },
  )
}

function current(deps: Deps, email: string): Failures {
  const { clock, config } = deps
  const entry = failures(deps).get(email)
  if (entry && clock.now() - entry.lastAt < config.loginLockoutSec * 1000) return entry
  const fresh = { count: 0, lastAt: 0 }
  failures(deps).set(email, fresh)
  return fresh
}

const retryAfter = (deps: Deps, entry: Failures) =>
  (entry.lastAt + deps.config.loginLockoutSec * 1000 - deps.clock.now()) / 1000

/** An unknown email or a user without a password costs the same scrypt run as a known one. */
let decoy: Promise<string> | null = null

/**
 * Checks `password` against `storedHash` (null: no such user) under the lockout. Resolves true
 * for the right password (the count is cleared); throws the lockout 403 when locked, or when
 * this wrong attempt reaches the limit; resolves false for any other wrong attempt.
 */
export async function checkPasswordAttempt(
  deps: Deps,
  email: string,
  password: string,
  storedHash: string | null,
): Promise<boolean> {
  decoy ??= hashSecret('not-a-password: equalises the time of an unknown email')
  const hash = storedHash ?? (await decoy)
  return checkLoginAttempt(
    deps,
    email,
    async () => (await verifySecret(password, hash)) && storedHash !== null,
  )
}

/**
 * The same lockout around any sign-in attempt for `email` (a passkey's owner too, as axes
 * records a passkey failure against the credential's owner, contract account-security §1.10).
 */
export async function checkLoginAttempt(
  deps: Deps,
  email: string,
  attempt: () => Promise<boolean>,
): Promise<boolean> {
  const entry = current(deps, email)
  if (entry.count >= deps.config.loginFailureLimit) throw lockedOut(retryAfter(deps, entry))
  entry.count += 1
  entry.lastAt = deps.clock.now()
  if (await attempt()) {
    failures(deps).delete(email)
    return true
  }
  if (entry.count >= deps.config.loginFailureLimit) throw lockedOut(retryAfter(deps, entry))
  return false
}
