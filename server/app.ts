import { Hono } from 'hono'
import { bodyLimit } from 'hono/body-limit'
import { getPath } from 'hono/utils/url'
import { loadSession } from './lib/auth'
import { isSafeMethod } from './lib/csrf'
import type { AppEnv, Deps } from './lib/context'
import { HttpError, notFound, requestTooLarge, serverError } from './lib/errors'
import { DISALLOWED_HOST_BODY, isAllowedHost } from './lib/hosts'
import { API_HEADERS, SECURITY_HEADERS } from './lib/security-headers'
import { localAppConfig, registerAppConfigRoute } from './routes/app-config'
import { registerAuthRoutes } from './routes/auth'
import { registerDashboardRoutes } from './routes/dashboards'
import { guardDevTools, registerDevRoutes, registerHealthRoute } from './routes/dev'
import { registerDevOrganizationRoutes } from './routes/dev-organizations'
import { registerDevPasswordResetRoutes } from './routes/dev-password-reset'
import { registerDevUserRoutes } from './routes/dev-users'
import { registerEmailRoutes } from './routes/email'
import { registerPersonalApiKeyRoutes } from './routes/personal-api-keys'
import { registerLoginSessionRoutes } from './routes/login-sessions'
import { registerPasswordResetRoutes } from './routes/password-reset'
import { registerPasskeyRoutes } from './routes/passkeys'
import { registerPasskeyLoginRoutes } from './routes/passkey-login'
import { registerPreferenceRoutes } from './routes/preferences'
import { registerStaticRoutes } from './routes/static'
import { registerTwoFactorRoutes } from './routes/two-factor'
import { registerUserRoutes } from './routes/users'

/**
 * PostHog's router accepts every path with or without the trailing slash and never
 * redirects, so routing ignores one trailing slash.
 */
function pathWithoutTrailingSlash(request: Request): string {
  const path = getPath(request)
  return path.length > 1 && path.endsWith('/') ? path.slice(0, -1) : path
}

export const MAX_BODY_BYTES = 1024 * 1024

export function createApp(deps: Deps) {
  const app = new Hono<AppEnv>({ getPath: pathWithoutTrailingSlash })

  app.use('*', async (c, next) => {
    c.set('deps', deps)
    try {
      await next()
    } finally {
      if (!isSafeMethod(c.req.method)) deps.meCache.invalidate()
    }
    for (const [name, value] of Object.entries(SECURITY_HEADERS)) c.header(name, value)
    if (c.req.path.startsWith('/api/')) c.header('Cache-Control', API_HEADERS['Cache-Control'])
  })
  // Before any handler: a foreign Host is DNS rebinding or a misconfiguration (lib/hosts.ts).
  app.use('*', async (c, next) => {
    // No Host header (HTTP/1.0, in-process requests): the URL's, as Django falls back to SERVER_NAME.
    const host = c.req.header('Host') ?? new URL(c.req.url).host
    if (!isAllowedHost(host, deps.config.allowedHosts)) return c.json(DISALLOWED_HOST_BODY, 400)
    await next()
  })
  // Django refuses bodies over DATA_UPLOAD_MAX_MEMORY_SIZE; no request here needs more than 1 MB.
  app.use(
    '*',
    bodyLimit({
      maxSize: MAX_BODY_BYTES,
      onError: () => {
        throw requestTooLarge(MAX_BODY_BYTES)
      },
    }),
  )
  app.use('*', loadSession)

  registerHealthRoute(app)
  registerAppConfigRoute(app, localAppConfig(deps.config.devTools))
  if (deps.config.devTools) {
    app.use('/_dev/*', guardDevTools)
    registerDevRoutes(app)
    registerDevUserRoutes(app)
    registerDevOrganizationRoutes(app)
    registerDevPasswordResetRoutes(app)
  }
  // Off (DEV_TOOLS=false, or not on loopback), or a path no dev tool has: a 404, not the app.
  app.all('/_dev/*', () => {
    throw notFound()
  })
  registerAuthRoutes(app)
  registerPasswordResetRoutes(app)
  registerEmailRoutes(app)
  registerPreferenceRoutes(app)
  registerDashboardRoutes(app)
  registerTwoFactorRoutes(app)
  registerPersonalApiKeyRoutes(app)
  registerLoginSessionRoutes(app)
  registerPasskeyRoutes(app)
  registerPasskeyLoginRoutes(app)
  registerUserRoutes(app)

  app.all('/api/*', () => {
    throw notFound('Endpoint not found.')
  })
  if (deps.staticDir) registerStaticRoutes(app, deps.staticDir)

  app.notFound((c) => c.json(notFound().body(), 404))
  app.onError((error, c) => {
    if (error instanceof HttpError) {
      for (const [name, value] of Object.entries(error.headers)) c.header(name, value)
      return c.json(error.body(), error.status as 400)
    }
    // Never log request bodies: they may hold passwords, codes or keys.
    // The path is the caller's input: escaped, so it cannot start a forged log line.
    deps.log(
      `error ${c.req.method} ${JSON.stringify(c.req.path)}: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`,
    )
    return c.json(serverError().body(), 500)
  })
  return app
}
