import type { IncomingMessage, ServerResponse } from 'node:http'
import {
  authenticateKey,
  bearerKey,
  hasScope,
  KEY_LAST_USED_INTERVAL_MS,
  type KeyAuth,
} from './lib/auth'
import type { Deps } from './lib/context'
import { isAllowedHost } from './lib/hosts'
import { sha256Hex } from './lib/ids'
import { apiKeyCacheKey } from './lib/me-cache'
import { API_HEADERS } from './lib/security-headers'
import { serializeUser } from './lib/user-serializer'

const ME_PATHS = new Set(['/api/users/@me', '/api/users/@me/'])

const HEADER_LIST = Object.entries(API_HEADERS).flat()

function sessionKey(cookieHeader: string | undefined): string | null {
  if (!cookieHeader) return null
  for (const part of cookieHeader.split(';')) {
    const eq = part.indexOf('=')
    if (eq !== -1 && part.slice(0, eq).trim() === 'sessionid') return part.slice(eq + 1).trim()
  }
  return null
}

/**
 * The body for a personal API key, from the MeCache or, on a miss, built here as the app's
 * `GET /api/users/:uuid` builds it for `@me`, and cached under the key's hash. Null when the
 * app must answer: an unknown key, an inactive owner, a missing `user:read` scope (the app then
 * gives PostHog's 401/403 envelope) or an unexpected error (the app logs it and answers 500;
 * thrown here it would take the process down). Only successes are cached, so a hit means all
 * of that held at the last write request, and every write request empties the cache.
 */
function keyBody(deps: Deps, key: string): Buffer | null {
  const cacheKey = apiKeyCacheKey(sha256Hex(key))
  const cached = deps.meCache.get(cacheKey, deps.clock.now())
  if (cached) return cached
  let result: KeyAuth
  let body: string
  try {
    result = authenticateKey(deps, key)
    if (!hasScope(result.auth.scopes, 'user:read')) return null
    body = JSON.stringify(serializeUser(deps, result.auth.user, result.auth))
  } catch {
    return null
  }
  // The entry expires when the next hourly `last_used_at` write falls due (contract §5.7): the
  // first request after that comes back here and writes it.
  return deps.meCache.set(cacheKey, body, result.lastUsedAt + KEY_LAST_USED_INTERVAL_MS + 1)
}

/**
 * Answers `GET /api/users/@me/` before Hono parses anything: for a session cookie from the
 * MeCache, for a personal API key from the MeCache or its own lookup (docs/decisions/0003).
 * Returns false to let the app handle the request (a session miss, any failure, a Host that is
 * not allowed, anything else).
 */
export function createMeFastPath(deps: Deps) {
  return (req: IncomingMessage, res: ServerResponse): boolean => {
    if (req.method !== 'GET' || !req.url || !ME_PATHS.has(req.url)) return false
    // A foreign (or missing) Host is the app's to refuse or resolve, as for every request.
    const host = req.headers.host
    if (host === undefined || !isAllowedHost(host, deps.config.allowedHosts)) return false
    const session = sessionKey(req.headers.cookie)
    let body: Buffer | null = null
    if (req.headers.authorization !== undefined) {
      // A session takes precedence over a key (authenticate()): with both, the app decides.
      const key = session ? null : bearerKey(req.headers.authorization)
      if (key) body = keyBody(deps, key)
    } else if (session) {
      body = deps.meCache.get(sha256Hex(session), deps.clock.now())
    }
    if (body === null) return false
    res.writeHead(200, [...HEADER_LIST, 'Content-Length', String(body.length)])
    res.end(body)
    return true
  }
}
