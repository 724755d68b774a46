import { expect } from 'vitest'
import { resetRequestsHandled } from '../lib/password-reset'
import { findUserByEmail } from '../store/users'
import type { Client, TestServer } from './harness'
import { validation } from './envelopes'

export const RESET_SUBJECT = 'Reset your PostHog password'
/** A password zxcvbn scores 4. */
export const NEW_PASSWORD = 'quiet-otters-juggle-lanterns'

export const invalidToken = validation(
  'invalid_token',
  'This reset token is invalid or has expired.',
  'token',
)

/** POST /api/reset/ and wait until its work after the answer (the mail) is done. */
export async function requestReset(s: TestServer, email: string, client: Client = s.client()) {
  const res = await client.post('/api/reset/', { email })
  await resetRequestsHandled(s.deps)
  return res
}

/** The reset mails sent to `to`, newest first. */
export const resetMails = (s: TestServer, to: string) =>
  s.outbox().filter((m) => m.to === to && m.subject === RESET_SUBJECT)

/** The link of the newest reset mail to `to`: `<origin>/reset/<uuid>/<token>`. */
export function mailedLink(s: TestServer, to: string) {
  const mail = resetMails(s, to)[0]
  expect(mail, `a reset mail to ${to}`).toBeDefined()
  const match = /^(https?:\/\/[^/\s]+)\/reset\/([^/\s]+)\/(\S+)$/m.exec(mail!.text)
  expect(match, 'a reset link alone on its line').not.toBeNull()
  const [, origin, uuid, token] = match!
  return { origin: origin!, uuid: decodeURIComponent(uuid!), token: decodeURIComponent(token!) }
}

/** Requests a reset for `email` and answers the mailed link's uuid and token. */
export async function resetLinkFor(s: TestServer, email: string) {
  expect((await requestReset(s, email)).status).toBe(204)
  return mailedLink(s, email)
}

export const uuidOf = (s: TestServer, email: string) => findUserByEmail(s.deps.db, email)!.uuid
