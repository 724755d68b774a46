import type { IncomingMessage, ServerResponse } from 'node:http'
import type { Deps } from './lib/context'
import { sha256Hex } from './lib/ids'
import { API_HEADERS } from './lib/security-headers'

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
 * Answers `GET /api/users/@me/` from the MeCache when it can, before Hono parses anything.
 * Returns false to let the app handle the request (cache miss, API key, anything else).
 */
export function createMeFastPath(deps: Deps) {
  return (req: IncomingMessage, res: ServerResponse): boolean => {
    if (req.method !== 'GET' || !req.url || !ME_PATHS.has(req.url) || req.headers.authorization)
      return false
    const key = sessionKey(req.headers.cookie)
    if (!key) return false
    const body = deps.meCache.get(sha256Hex(key), deps.clock.now())
    if (body === null) return false
    res.writeHead(200, [...HEADER_LIST, 'Content-Length', String(body.length)])
    res.end(body)
    return true
  }
}
