import { randomInt } from 'node:crypto'
import { Hono } from 'hono'
import { compress } from 'hono/compress'
import { getCookie, setCookie } from 'hono/cookie'
import { serveApp } from '../lib/app-shell'
import { CSRF_COOKIE } from '../lib/csrf'
import { notFound } from '../lib/errors'
import { proxyAppConfig, registerAppConfigRoute } from '../routes/app-config'
import { SECURITY_HEADERS } from '../lib/security-headers'
import type { ProxyConfig } from './config'

/**
 * Django-shaped CSRF secret (32 letters and digits), the only shape Django accepts from a cookie;
 * so not lib/csrf.ts's token, which only the stand-in reads.
 */
const CSRF_ALPHABET = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789'
const csrfSecret = () =>
  Array.from({ length: 32 }, () => CSRF_ALPHABET[randomInt(CSRF_ALPHABET.length)]).join('')

/** The app shell, its assets and /_health; the dev mailbox and /_dev/* do not exist in this mode. */
export function createShellApp(config: ProxyConfig, upstream: URL) {
  const app = new Hono()
  app.use('*', async (c, next) => {
    await next()
    for (const [name, value] of Object.entries(SECURITY_HEADERS)) c.header(name, value)
  })
  app.use('*', (c, next) =>
    c.req.path === '/_dev' || c.req.path.startsWith('/_dev/')
      ? Promise.resolve(c.json(notFound().body(), 404))
      : next(),
  )
  app.get('/_health', (c) => c.json({ status: 'ok', mode: 'proxy', upstream: upstream.origin }))
  registerAppConfigRoute(app, proxyAppConfig(upstream))
  const dir = config.staticDir
  if (dir) {
    app.use('/*', compress())
    serveApp(app, dir, (c) => {
      // PostHog's shell is @ensure_csrf_cookie (posthog/frontend_views.py); ours stands in for it,
      // and PostHog replaces the value at every sign-in.
      if (!getCookie(c, CSRF_COOKIE))
        setCookie(c, CSRF_COOKIE, csrfSecret(), {
          path: '/',
          sameSite: 'Lax',
          maxAge: 1_209_600,
          secure: Boolean(config.secureCookies),
        })
      return undefined
    })
  }
  app.notFound((c) => c.json(notFound().body(), 404))
  return app
}
