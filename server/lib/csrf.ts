import { getCookie, setCookie } from 'hono/cookie'
import type { Ctx } from './context'
import { permissionDenied } from './errors'
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

/**
 * Django's check as DRF's SessionAuthentication runs it: the Origin (when sent) must be this
 * host, and X-CSRFToken (or the form field) must equal the posthog_csrftoken cookie.
 */
export function enforceCsrf(c: Ctx, formToken?: string) {
  const origin = c.req.header('Origin')
  if (origin && origin !== 'null') {
    const host = c.req.header('Host')
    let originHost: string | null = null
    try {
      originHost = new URL(origin).host
    } catch {
      originHost = null
    }
    if (!host || originHost !== host) {
      throw permissionDenied(
        `CSRF Failed: Origin checking failed - ${origin} does not match any trusted origins.`,
      )
    }
  }
  const cookie = getCookie(c, CSRF_COOKIE)
  if (!cookie) throw permissionDenied('CSRF Failed: CSRF cookie not set.')
  const sent = c.req.header('X-CSRFToken') ?? formToken
  if (!sent) throw permissionDenied('CSRF Failed: CSRF token missing.')
  if (!safeEqual(sent, cookie)) throw permissionDenied('CSRF Failed: CSRF token incorrect.')
}
