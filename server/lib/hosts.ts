/**
 * Allowed hosts, as Django's ALLOWED_HOSTS: a request whose Host names anything else is refused
 * before any handler runs. This is what stops DNS rebinding: a page on evil.example that has
 * re-pointed its name at 127.0.0.1 reaches this server with `Host: evil.example`, and an Origin
 * that matches that Host, so the CSRF origin check alone would let it through.
 */

/** Loopback names are allowed on any port, as Django compares the name without the port. */
const LOOPBACK = ['127.0.0.1', 'localhost', '[::1]']

/** The host name of a `Host` header (port dropped, lower-cased), or null when it is malformed. */
export function hostName(header: string | undefined): string | null {
  if (!header) return null
  const value = header.trim().toLowerCase()
  // Django's host_validation_re: a name or an IPv6 literal, an optional port, nothing else.
  const match = /^([a-z0-9.-]+|\[[a-f0-9:.]+\])(?::\d{1,5})?$/.exec(value)
  if (!match) return null
  return match[1]!.replace(/\.$/, '')
}

/** The names allowed as `Host`: loopback, the listening HOST, PUBLIC_URL's host and ALLOWED_HOSTS. */
export function allowedHostsFromEnv(env: NodeJS.ProcessEnv): string[] {
  const names = new Set(LOOPBACK)
  const add = (raw: string) => {
    const name = hostName(raw)
    if (name) names.add(name)
  }
  const host = env.HOST
  // 0.0.0.0 and :: are "every interface", not a name anyone browses to.
  if (host && host !== '0.0.0.0' && host !== '::')
    add(host.includes(':') && !host.startsWith('[') ? `[${host}]` : host)
  if (env.PUBLIC_URL) {
    let url: URL
    try {
      url = new URL(env.PUBLIC_URL)
    } catch {
      throw new Error(`PUBLIC_URL must be an absolute URL, got "${env.PUBLIC_URL}"`)
    }
    add(url.host)
  }
  for (const entry of (env.ALLOWED_HOSTS ?? '').split(',')) {
    const name = entry.trim()
    if (!name) continue
    if (name !== '*' && !hostName(name))
      throw new Error(`ALLOWED_HOSTS has an entry that is not a host name: "${name}"`)
    names.add(name === '*' ? '*' : hostName(name)!)
  }
  return [...names]
}

/** Django's validate_host: an exact name, `.example.com` for it and its subdomains, or `*`. */
export function isAllowedHost(header: string | undefined, allowed: readonly string[]): boolean {
  const name = hostName(header)
  if (name === null) return false
  return allowed.some(
    (pattern) =>
      pattern === '*' ||
      pattern === name ||
      (pattern.startsWith('.') && (name.endsWith(pattern) || name === pattern.slice(1))),
  )
}

/** The body of the 400 answered to a foreign Host (no raw header value in it). */
export const DISALLOWED_HOST_BODY = {
  type: 'invalid_request',
  code: 'disallowed_host',
  detail: 'Invalid Host header. Add this host name to ALLOWED_HOSTS to serve it.',
  attr: null,
} as const
