import { getCookie, setCookie } from 'hono/cookie'
import type { Ctx } from './context'
import { HttpError, permissionDenied } from './errors'
import { randomToken, safeEqual } from './ids'

export const CSRF_COOKIE = 'posthog_csrftoken'
const CSRF_AGE = 1_209_600

/** Issues a CSRF cookie (readable by JS, SameSite=Lax) unless one is there already, or `rotate`. */
export function ensureCsrfCookie(c: Ctx, rotate = false): string {
  const existing = getCookie(c, CSRF_COOKIE)
  if (existing && !rotate) return existing
  const token = randomToken(24)
  setCookie(c, CSRF_COOKIE, token, {
    path: '/',
    sameSite: 'Lax',
    maxAge: CSRF_AGE,
    secure: c.get('deps').config.secureCookies,
  })
  return token
}

const SAFE = new Set(['GET', 'HEAD', 'OPTIONS', 'TRACE'])
export const isSafeMethod = (method: string) => SAFE.has(method)

/** Where a request says it comes from, read from Origin and, without it, Sec-Fetch-Site. */
export type RequestSite = 'same-origin' | 'cross-origin' | 'unknown'

/**
 * `same-origin` when Origin names this request's own host (already checked against the allowed
 * hosts), or, with no Origin, when the browser marks it same-origin or typed in (`none`);
 * `unknown` when neither header is sent (a command-line client); else `cross-origin`. A
 * sandboxed or privacy-stripped `Origin: null` is cross-origin.
 */
export function requestSite(c: Ctx): RequestSite {
  const origin = c.req.header('Origin')
  if (origin !== undefined) {
    let originHost: string | null = null
    try {
      originHost = origin === 'null' ? null : new URL(origin).host
    } catch {
      originHost = null
    }
    const host = c.req.header('Host')?.toLowerCase()
    return host && originHost === host ? 'same-origin' : 'cross-origin'
  }
  const site = c.req.header('Sec-Fetch-Site')
  if (site === undefined) return 'unknown'
  return site === 'same-origin' || site === 'none' ? 'same-origin' : 'cross-origin'
}

const originFailed = (c: Ctx) =>
  permissionDenied(
    `CSRF Failed: Origin checking failed - ${c.req.header('Origin') ?? 'the request'} does not match any trusted origins.`,
  )

/**
 * Login CSRF: the sign-in endpoints set a session without holding one, so no token can protect
 * them; a cross-site form or fetch is refused by its Origin instead (403), and a body other than JSON
 * is a 415: a cross-site form cannot send JSON, and a cross-site fetch of JSON needs a preflight.
 */
export function refuseCrossSiteSignIn(c: Ctx) {
  if (requestSite(c) === 'cross-origin') throw originFailed(c)
  const type = (c.req.header('Content-Type') ?? '').split(';')[0]!.trim().toLowerCase()
  if (type && type !== 'application/json')
    throw new HttpError(
      415,
      'invalid_request',
      'unsupported_media_type',
      `Unsupported media type "${c.req.header('Content-Type')}" in request.`,
    )
}

/**
 * Django's check as DRF's SessionAuthentication runs it: the Origin (when sent) must be this
 * host, and X-CSRFToken (or the form field) must equal the posthog_csrftoken cookie.
 */
export function enforceCsrf(c: Ctx, formToken?: string) {
  const origin = c.req.header('Origin')
  // `Origin: null` is left to the token, as Django does (the token alone protects the write).
  if (origin && origin !== 'null' && requestSite(c) !== 'same-origin') throw originFailed(c)
  const cookie = getCookie(c, CSRF_COOKIE)
  if (!cookie) throw permissionDenied('CSRF Failed: CSRF cookie not set.')
  const sent = c.req.header('X-CSRFToken') ?? formToken
  if (!sent) throw permissionDenied('CSRF Failed: CSRF token missing.')
  if (!safeEqual(sent, cookie)) throw permissionDenied('CSRF Failed: CSRF token incorrect.')
}
