/** Proxy mode (POSTHOG_URL): the built app on our origin, /api/* and /logout forwarded to a real PostHog. */
export interface ProxyConfig {
  /** POSTHOG_URL: PostHog's origin, e.g. https://us.posthog.com. */
  upstream: string
  /** POSTHOG_PERSONAL_API_KEY: sent as a Bearer token on requests that carry no session. */
  personalApiKey?: string | null
  /** The built SPA (STATIC_DIR); null serves none. */
  staticDir?: string | null
  /** How long to wait for PostHog's response headers before answering 504. */
  timeoutMs?: number
  /** SECURE_COOKIES: mark the CSRF cookie the app shell issues Secure (served behind HTTPS). */
  secureCookies?: boolean
  /** Host names a request may name (lib/hosts.ts); loopback only when not given. */
  allowedHosts?: string[]
  log?: (line: string) => void
}

/** Validates POSTHOG_URL: an http(s) origin, nothing after it. */
export function parseUpstream(raw: string): URL {
  let url: URL
  try {
    url = new URL(raw)
  } catch {
    throw new Error(`POSTHOG_URL must be a URL like https://us.posthog.com, got "${raw}"`)
  }
  if (
    !['http:', 'https:'].includes(url.protocol) ||
    url.username ||
    url.password ||
    url.search ||
    url.hash
  )
    throw new Error(`POSTHOG_URL must be an http(s) URL like https://us.posthog.com, got "${raw}"`)
  // PostHog serves its API from the root (posthog/urls.py), so a path would only be a mistake.
  if (url.pathname !== '/')
    throw new Error(`POSTHOG_URL must be PostHog's origin without a path, e.g. ${url.origin}`)
  return url
}
