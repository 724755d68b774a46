import type { Hono } from 'hono'
import { compress } from 'hono/compress'
import { serveApp } from '../lib/app-shell'
import type { AppEnv } from '../lib/context'
import { ensureCsrfCookie } from '../lib/csrf'
import { safeNextPath } from '../../contract/redirects'
import { findUserById } from '../store/users'

/**
 * Serves the built SPA (lib/app-shell.ts). Rendering the shell issues the CSRF cookie, as
 * PostHog's @ensure_csrf_cookie does.
 */
export function registerStaticRoutes(app: Hono<AppEnv>, dir: string) {
  // The app's JS and CSS shrink to about a third gzipped; API answers are small and skip this.
  app.use('/*', compress())
  serveApp(app, dir, (c) => {
    // A signed-in visitor of /login goes straight on, as PostHog's only_unauthenticated_redirect.
    const session = c.get('session')
    if (
      c.req.path === '/login' &&
      session?.user_id &&
      findUserById(c.get('deps').db, session.user_id)?.is_active
    ) {
      return c.redirect(safeNextPath(c.req.query('next'), '/settings/profile'), 302)
    }
    ensureCsrfCookie(c)
    return undefined
  })
}
