/**
 * The one check for every redirect built from input (`next` on /login and /logout, and later
 * pages), on the server and in the app alike. Browsers are generous with a Location header: they drop tabs and newlines anywhere,
 * read `\` as `/`, and take `//host` or `/\host` as another site. So only a plain same-origin
 * path passes: it starts with one `/` not followed by `/` or `\`, and holds no control character
 * and no whitespace anywhere. Everything else gives the default page.
 */

// C0 and C1 controls, DEL, and every Unicode space or line/paragraph separator.
const UNSAFE_CHARACTER =
  // eslint-disable-next-line no-control-regex -- control characters are exactly what it finds
  /[\u0000-\u0020\u007f-\u00a0\u1680\u180e\u2000-\u200f\u2060\u2028-\u202f\u205f\u3000\ufeff]/

const BASE = 'http://same-origin.invalid'

/**
 * `value` as the browser would follow it, when it is a path on this origin; else `fallback`.
 * `value` is already decoded once (a query or form parameter). The answer is ASCII: characters
 * outside it are percent-encoded, so no header ever carries raw input.
 */
export function safeNextPath(value: unknown, fallback: string): string {
  if (typeof value !== 'string' || value.length > 2000) return fallback
  if (!value.startsWith('/') || value[1] === '/' || value[1] === '\\') return fallback
  if (UNSAFE_CHARACTER.test(value)) return fallback
  let url: URL
  try {
    url = new URL(value, BASE)
  } catch {
    return fallback
  }
  // The URL parser's own reading must agree: still this origin after `\` and dot segments.
  if (url.origin !== BASE) return fallback
  const path = url.pathname + url.search + url.hash
  return path.startsWith('//') ? fallback : path
}

/**
 * A path for the query of another path (`/login?next=…`), left readable as PostHog does
 * (`/login?next=/settings/user-notifications`): only what would end or change the parameter is
 * encoded.
 */
export function asQueryValue(path: string): string {
  return path.replace(/[%&#+]/g, (ch) => encodeURIComponent(ch))
}
