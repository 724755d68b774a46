import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { serveStatic } from '@hono/node-server/serve-static'
import type { Hono } from 'hono'
import { compress } from 'hono/compress'
import type { AppEnv } from '../lib/context'
import { ensureCsrfCookie } from '../lib/csrf'
import { USER_PRELOAD_LINK, wantsUserPreload } from '../lib/user-preload'
import { findUserById } from '../store/users'

/**
 * Serves the built SPA: hashed assets with a long cache, and index.html for every other
 * path so client-side routes load. Rendering the shell issues the CSRF cookie, as PostHog's
 * @ensure_csrf_cookie does.
 */
export function registerStaticRoutes(app: Hono<AppEnv>, dir: string) {
  const indexFile = join(dir, 'index.html')
  // The app's JS and CSS shrink to about a third gzipped; API answers are small and skip this.
  app.use('/*', compress())
  app.use('/assets/*', async (c, next) => {
    await next()
    if (c.res.status === 200) c.header('Cache-Control', 'public, max-age=31536000, immutable')
  })
  const files = serveStatic({ root: dir })
  // Only paths that name a file go to the file server; every other path is a client-side route.
  app.use('/*', (c, next) => (/\/[^/]+\.[a-z0-9]+$/i.test(c.req.path) ? files(c, next) : next()))
  app.get('/*', (c) => {
    if (!existsSync(indexFile)) {
      return c.text(
        'The app is not built yet: run `npm run build` (npm start does it for you).',
        503,
      )
    }
    // A signed-in visitor of /login goes straight on, as PostHog's only_unauthenticated_redirect.
    const session = c.get('session')
    if (
      c.req.path === '/login' &&
      session?.user_id &&
      findUserById(c.get('deps').db, session.user_id)?.is_active
    ) {
      const next = c.req.query('next')
      const safe =
        next && next.startsWith('/') && !next.startsWith('//') && !next.startsWith('/\\')
          ? next
          : '/settings/profile'
      return c.redirect(safe, 302)
    }
    ensureCsrfCookie(c)
    if (wantsUserPreload(c.req.path)) c.header('Link', USER_PRELOAD_LINK)
    c.header('Cache-Control', 'no-cache')
    return c.html(readFileSync(indexFile, 'utf8'))
  })
}
