import { randomInt } from 'node:crypto'
import http, {
  type IncomingHttpHeaders,
  type IncomingMessage,
  type RequestListener,
  type ServerResponse,
} from 'node:http'
import https from 'node:https'
import { getRequestListener } from '@hono/node-server'
import { Hono } from 'hono'
import { compress } from 'hono/compress'
import { getCookie, setCookie } from 'hono/cookie'
import { serveApp } from './lib/app-shell'
import { notFound } from './lib/errors'
import { allowedHostsFromEnv, DISALLOWED_HOST_BODY, isAllowedHost } from './lib/hosts'
import { API_HEADERS, SECURITY_HEADERS } from './lib/security-headers'

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

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS', 'TRACE'])
const HOP_BY_HOP = [
  'connection',
  'keep-alive',
  'proxy-authenticate',
  'proxy-authorization',
  'proxy-connection',
  'te',
  'trailer',
  'transfer-encoding',
  'upgrade',
]
// PostHog must see this proxy as its client: forwarding headers from the browser could only be spoofed.
const NOT_FORWARDED = [
  'host',
  'expect',
  'forwarded',
  'x-forwarded-for',
  'x-forwarded-host',
  'x-forwarded-proto',
  'x-forwarded-port',
  'x-real-ip',
]
const FORWARDED_PATH = /^\/(api(\/|$)|logout\/?$)/

const envelope = (type: string, code: string, detail: string) =>
  JSON.stringify({ type, code, detail, attr: null })

function sendJson(res: ServerResponse, status: number, body: string) {
  if (res.destroyed || res.headersSent) return void res.destroy()
  res.writeHead(status, { ...API_HEADERS, 'Content-Length': Buffer.byteLength(body) })
  res.end(body)
}

/** Headers minus the hop-by-hop ones, including those the Connection header names (RFC 9110 §7.6.1). */
function endToEnd(headers: IncomingHttpHeaders): Record<string, string | string[]> {
  const listed = String(headers.connection ?? '')
    .split(',')
    .map((name) => name.trim().toLowerCase())
  const out: Record<string, string | string[]> = {}
  for (const [name, value] of Object.entries(headers))
    if (value !== undefined && !HOP_BY_HOP.includes(name) && !listed.includes(name))
      out[name] = value
  return out
}

/** The URL, when it is on this server's own origin (the host the browser asked for). */
function onOwnOrigin(value: string, host: string | undefined): URL | null {
  try {
    const url = new URL(value)
    return host && /^https?:$/.test(url.protocol) && url.host === host.toLowerCase() ? url : null
  } catch {
    return null
  }
}

/** Browsers treat http://localhost and 127.x as their own kind of place; elsewhere plain http is plain http. */
function isLoopback(host: string | undefined): boolean {
  if (!host) return false
  const name = host
    .replace(/:\d+$/, '')
    .replace(/^\[|\]$/g, '')
    .toLowerCase()
  return (
    name === 'localhost' ||
    name.endsWith('.localhost') ||
    name === '::1' ||
    /^127\.\d+\.\d+\.\d+$/.test(name)
  )
}

/**
 * Keeps a PostHog cookie usable on this origin: no Domain (it would name PostHog's host, so the
 * browser would drop the cookie), and no Secure over plain http on loopback. SameSite=None needs
 * Secure, so it becomes Lax there. HttpOnly, Path, Max-Age and SameSite otherwise stay.
 */
export function rewriteSetCookie(line: string, dropSecure: boolean): string {
  const [pair = '', ...attributes] = line.split(';')
  const kept = [pair.trim()]
  for (const raw of attributes) {
    const attribute = raw.trim()
    const name = attribute.split('=', 1)[0]!.trim().toLowerCase()
    if (!attribute || name === 'domain') continue
    if (dropSecure && (name === 'secure' || name === 'partitioned')) continue
    kept.push(
      dropSecure && name === 'samesite' && /=\s*none$/i.test(attribute)
        ? 'SameSite=Lax'
        : attribute,
    )
  }
  return kept.join('; ')
}

/** A redirect to PostHog's own origin comes back to ours (as a path); other targets are left alone. */
export function rewriteLocation(location: string, upstream: URL): string {
  if (!/^([a-z][a-z\d+.-]*:)?\/\//i.test(location)) return location
  try {
    const url = new URL(location, upstream)
    return url.origin === upstream.origin ? url.pathname + url.search + url.hash : location
  } catch {
    return location
  }
}

const hasSession = (cookie: string | undefined) => /(?:^|;\s*)sessionid=[^;\s]/.test(cookie ?? '')

function requestHeaders(req: IncomingMessage, upstream: URL, key: string | null) {
  const headers = endToEnd(req.headers)
  for (const name of NOT_FORWARDED) delete headers[name]
  headers.host = upstream.host
  // Django's CSRF check compares Origin (and, over HTTPS without Origin, Referer) with its own
  // host (django/middleware/csrf.py). Only our own origin is rewritten; forwardRequest() has
  // already refused unsafe requests from any other.
  const { origin, referer } = req.headers
  if (origin && onOwnOrigin(origin, req.headers.host)) headers.origin = upstream.origin
  const ownReferer = referer ? onOwnOrigin(referer, req.headers.host) : null
  if (ownReferer) headers.referer = upstream.origin + ownReferer.pathname + ownReferer.search
  if (key && !headers.authorization && !hasSession(req.headers.cookie))
    headers.authorization = `Bearer ${key}`
  return headers
}

function responseHeaders(upRes: IncomingMessage, upstream: URL, dropSecure: boolean) {
  const headers = endToEnd(upRes.headers)
  const cookies = upRes.headers['set-cookie']
  if (cookies) headers['set-cookie'] = cookies.map((line) => rewriteSetCookie(line, dropSecure))
  if (upRes.headers.location) headers.location = rewriteLocation(upRes.headers.location, upstream)
  return headers
}

function createForwarder(config: ProxyConfig, upstream: URL) {
  const transport = upstream.protocol === 'https:' ? https : http
  // Idle connections are dropped before a typical server's 5 s keep-alive ends, so a request is
  // never written to a socket PostHog is closing.
  const agent = new transport.Agent({ keepAlive: true, timeout: 4_000 })
  const timeoutMs = config.timeoutMs ?? 30_000
  const key = config.personalApiKey || null
  const log = config.log ?? (() => {})
  const hostname = upstream.hostname.replace(/^\[|\]$/g, '')

  return (req: IncomingMessage, res: ServerResponse) => {
    const method = req.method ?? 'GET'
    const origin = req.headers.origin
    if (
      !SAFE_METHODS.has(method) &&
      origin !== undefined &&
      !onOwnOrigin(origin, req.headers.host)
    ) {
      const detail = `CSRF Failed: Origin checking failed - ${origin} does not match any trusted origins.`
      return sendJson(res, 403, envelope('authentication_error', 'permission_denied', detail))
    }
    const upReq = transport.request({
      protocol: upstream.protocol,
      hostname,
      port: upstream.port || undefined,
      path: req.url,
      method,
      headers: requestHeaders(req, upstream, key),
      agent,
    })
    let timedOut = false
    const timer = setTimeout(() => {
      timedOut = true
      upReq.destroy(new Error('timeout'))
    }, timeoutMs)

    upReq.on('response', (upRes) => {
      clearTimeout(timer)
      res.writeHead(
        upRes.statusCode ?? 502,
        responseHeaders(upRes, upstream, isLoopback(req.headers.host)),
      )
      upRes.on('error', () => res.destroy())
      upRes.pipe(res)
    })
    upReq.on('error', (error: NodeJS.ErrnoException) => {
      clearTimeout(timer)
      if (res.destroyed) return
      if (res.headersSent) return void res.destroy()
      log(
        `proxy ${method} ${req.url?.split('?')[0]}: PostHog ${timedOut ? 'timed out' : `unreachable (${error.code ?? error.message})`}`,
      )
      if (timedOut) {
        const detail = `PostHog at ${upstream.origin} did not answer within ${timeoutMs / 1000} seconds. Try again in a moment.`
        return sendJson(res, 504, envelope('server_error', 'upstream_timeout', detail))
      }
      const detail = `PostHog at ${upstream.origin} could not be reached. Check POSTHOG_URL and that PostHog is running.`
      sendJson(res, 502, envelope('server_error', 'upstream_unavailable', detail))
    })
    // The browser went away: stop talking to PostHog for it.
    res.on('close', () => {
      clearTimeout(timer)
      if (!res.writableFinished) upReq.destroy()
    })
    req.on('error', () => upReq.destroy())
    req.pipe(upReq)
  }
}

/** Django-shaped CSRF secret (32 letters and digits), the only shape Django accepts from a cookie. */
const CSRF_ALPHABET = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789'
const csrfSecret = () =>
  Array.from({ length: 32 }, () => CSRF_ALPHABET[randomInt(CSRF_ALPHABET.length)]).join('')

/** The app shell, its assets and /_health; the dev mailbox and /_dev/* do not exist in this mode. */
function createShellApp(config: ProxyConfig, upstream: URL) {
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
  const dir = config.staticDir
  if (dir) {
    app.use('/*', compress())
    serveApp(app, dir, (c) => {
      // PostHog's shell is @ensure_csrf_cookie (posthog/frontend_views.py); ours stands in for it,
      // and PostHog replaces the value at every sign-in.
      if (!getCookie(c, 'posthog_csrftoken'))
        setCookie(c, 'posthog_csrftoken', csrfSecret(), {
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

/** A node request listener: /api/* and /logout go to PostHog, everything else is the app. */
export function createProxyApp(config: ProxyConfig): RequestListener {
  const upstream = parseUpstream(config.upstream)
  const forward = createForwarder(config, upstream)
  const shell = getRequestListener(createShellApp(config, upstream).fetch)
  const allowedHosts = config.allowedHosts ?? allowedHostsFromEnv({})
  return (req, res) => {
    // Before anything is forwarded: a rebinding page must not get PostHog's answers, or the key.
    if (!isAllowedHost(req.headers.host, allowedHosts))
      return sendJson(res, 400, JSON.stringify(DISALLOWED_HOST_BODY))
    const path = (req.url ?? '/').split('?', 1)[0]!
    if (FORWARDED_PATH.test(path)) forward(req, res)
    else void shell(req, res)
  }
}
