// The signed-in visits of scripts/lighthouse.mjs: a session from the API, put in Chrome's jar.
import { tsImport } from 'tsx/esm/api'

// The seed's demo password (re-exported by the spawner), or DEMO_PASSWORD, which the server
// started by scripts/lighthouse/server.mjs inherits and seeds instead.
const { DEMO_PASSWORD } = await tsImport('../../server/testing/spawn-server.ts', import.meta.url)
const PASSWORD = process.env.DEMO_PASSWORD || DEMO_PASSWORD

/** Signs in over the API and returns the session cookie's value. */
export async function sessionCookie(baseUrl, email) {
  const response = await fetch(`${baseUrl}/api/login`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ email, password: PASSWORD }),
  })
  const session = response.headers
    .getSetCookie()
    .map((cookie) => cookie.split(';')[0])
    .find((pair) => pair.startsWith('sessionid='))
  if (!response.ok || !session) throw new Error(`sign-in as ${email} failed: ${response.status}`)
  return session.slice('sessionid='.length)
}

/**
 * Puts the session in Chrome's cookie jar (or empties the jar for a signed-out visit). Lighthouse's
 * `extraHeaders: { Cookie }` is not enough here: once the page's HTML response sets the CSRF
 * cookie, Chromium sends the jar's Cookie header instead of the extra one, so the user request
 * would go out without the session. Lighthouse clears caches and storage between runs, not cookies.
 */
export async function signInBrowser(browser, baseUrl, session) {
  await browser.deleteCookie(...(await browser.cookies()))
  if (!session) return
  const { hostname } = new URL(baseUrl)
  await browser.setCookie({
    name: 'sessionid',
    value: session,
    domain: hostname,
    path: '/',
    httpOnly: true,
    sameSite: 'Lax',
  })
}
