import type { IncomingHttpHeaders, IncomingMessage } from 'node:http'

const HOP_BY_HOP = [
  'connection',
  'keep-alive',
  'proxy-authenticate',
  'proxy-authorization',
  'proxy-connection',
  'te',
  'trailer',
  'transfer-encoding',
  'upgrade',
]
// PostHog must see this proxy as its client: forwarding headers from the browser could only be spoofed.
const NOT_FORWARDED = [
  'host',
  'expect',
  'forwarded',
  'x-forwarded-for',
  'x-forwarded-host',
  'x-forwarded-proto',
  'x-forwarded-port',
  'x-real-ip',
]

/** Headers minus the hop-by-hop ones, including those the Connection header names (RFC 9110 §7.6.1). */
function endToEnd(headers: IncomingHttpHeaders): Record<string, string | string[]> {
  const listed = String(headers.connection ?? '')
    .split(',')
    .map((name) => name.trim().toLowerCase())
  const out: Record<string, string | string[]> = {}
  for (const [name, value] of Object.entries(headers))
    if (value !== undefined && !HOP_BY_HOP.includes(name) && !listed.includes(name))
      out[name] = value
  return out
}

/** The URL, when it is on this server's own origin (the host the browser asked for). */
export function onOwnOrigin(value: string, host: string | undefined): URL | null {
  try {
    const url = new URL(value)
    return host && /^https?:$/.test(url.protocol) && url.host === host.toLowerCase() ? url : null
  } catch {
    return null
  }
}

/** Browsers treat http://localhost and 127.x as their own kind of place; elsewhere plain http is plain http. */
export function isLoopback(host: string | undefined): boolean {
  if (!host) return false
  const name = host
    .replace(/:\d+$/, '')
    .replace(/^\[|\]$/g, '')
    .toLowerCase()
  return (
    name === 'localhost' ||
    name.endsWith('.localhost') ||
    name === '::1' ||
    /^127\.\d+\.\d+\.\d+$/.test(name)
  )
}

/**
 * Keeps a PostHog cookie usable on this origin: no Domain (it would name PostHog's host, so the
 * browser would drop the cookie), and no Secure over plain http on loopback. SameSite=None needs
 * Secure, so it becomes Lax there. HttpOnly, Path, Max-Age and SameSite otherwise stay.
 */
export function rewriteSetCookie(line: string, dropSecure: boolean): string {
  const [pair = '', ...attributes] = line.split(';')
  const kept = [pair.trim()]
  for (const raw of attributes) {
    const attribute = raw.trim()
    const name = attribute.split('=', 1)[0]!.trim().toLowerCase()
    if (!attribute || name === 'domain') continue
    if (dropSecure && (name === 'secure' || name === 'partitioned')) continue
    kept.push(
      dropSecure && name === 'samesite' && /=\s*none$/i.test(attribute)
        ? 'SameSite=Lax'
        : attribute,
    )
  }
  return kept.join('; ')
}

/** A redirect to PostHog's own origin comes back to ours (as a path); other targets are left alone. */
export function rewriteLocation(location: string, upstream: URL): string {
  if (!/^([a-z][a-z\d+.-]*:)?\/\//i.test(location)) return location
  try {
    const url = new URL(location, upstream)
    return url.origin === upstream.origin ? url.pathname + url.search + url.hash : location
  } catch {
    return location
  }
}

const hasSession = (cookie: string | undefined) => /(?:^|;\s*)sessionid=[^;\s]/.test(cookie ?? '')

export function requestHeaders(req: IncomingMessage, upstream: URL, key: string | null) {
  const headers = endToEnd(req.headers)
  for (const name of NOT_FORWARDED) delete headers[name]
  headers.host = upstream.host
  // Django's CSRF check compares Origin (and, over HTTPS without Origin, Referer) with its own
  // host (django/middleware/csrf.py). Only our own origin is rewritten; the forwarder has
  // already refused unsafe requests from any other.
  const { origin, referer } = req.headers
  if (origin && onOwnOrigin(origin, req.headers.host)) headers.origin = upstream.origin
  const ownReferer = referer ? onOwnOrigin(referer, req.headers.host) : null
  if (ownReferer) headers.referer = upstream.origin + ownReferer.pathname + ownReferer.search
  if (key && !headers.authorization && !hasSession(req.headers.cookie))
    headers.authorization = `Bearer ${key}`
  return headers
}

export function responseHeaders(upRes: IncomingMessage, upstream: URL, dropSecure: boolean) {
  const headers = endToEnd(upRes.headers)
  const cookies = upRes.headers['set-cookie']
  if (cookies) headers['set-cookie'] = cookies.map((line) => rewriteSetCookie(line, dropSecure))
  if (upRes.headers.location) headers.location = rewriteLocation(upRes.headers.location, upstream)
  return headers
}
