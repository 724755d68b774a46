import type { Hono } from 'hono'
import { requireUser, type Guard } from './auth'
import type { AppEnv } from './context'
import { allowHeader, methodNotAllowed } from './errors'

/** The methods a route can be called with; the others get 405 from `refuseOtherMethods`. */
export const METHODS = ['GET', 'POST', 'PUT', 'PATCH', 'DELETE'] as const
export type Method = (typeof METHODS)[number]

export interface Refusal {
  /**
   * DRF authenticates (and checks CSRF) before it answers 405 for a method the view lacks, so
   * an anonymous caller gets 401/403 first; omit for the AllowAny views, which refuse anyone.
   */
  auth?: Pick<Guard, 'scope' | 'sessionOnly'>
  /** Django's own views (logout) answer an empty 405 with `Allow`, not DRF's JSON envelope. */
  plain?: boolean
}

/**
 * Answers every method of `path` not in `allowed` with 405 and `Allow: <allowed>`, the one way
 * the routes do it.
 * Register it where the path's own routes are: Hono tries handlers in registration order.
 */
export function refuseOtherMethods(
  app: Hono<AppEnv>,
  path: string | string[],
  allowed: readonly Method[],
  refusal: Refusal = {},
) {
  const others = METHODS.filter((m) => !allowed.includes(m))
  app.on(others, typeof path === 'string' ? [path] : path, (c) => {
    if (refusal.plain) {
      c.header('Allow', allowHeader(allowed))
      return c.body(null, 405)
    }
    if (refusal.auth) requireUser(c, { ...refusal.auth })
    throw methodNotAllowed(c.req.method, allowed)
  })
}
