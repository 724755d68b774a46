/**
 * The requests that may start a session, one at a time. Each answer can set the `sessionid`
 * cookie, and one sent before the other's answer arrived carries no session: a passkey sign-in's
 * `login/begin` (the email field's autofill, started as the page loads) answered after the
 * password's `/api/login` replaced the new signed-in session with an empty one, and the next page
 * was sent back to sign-in. PostHog (a Django session per challenge) would do the same.
 */
let last: Promise<unknown> = Promise.resolve()

export function inSignInQueue<T>(send: () => Promise<T>): Promise<T> {
  const next = last.then(send, send)
  last = next.catch(() => undefined)
  return next
}
