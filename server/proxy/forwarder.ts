import http, { type IncomingMessage, type ServerResponse } from 'node:http'
import https from 'node:https'
import { isSafeMethod } from '../lib/csrf'
import { HttpError, permissionDenied } from '../lib/errors'
import { API_HEADERS } from '../lib/security-headers'
import type { ProxyConfig } from './config'
import { isLoopback, onOwnOrigin, requestHeaders, responseHeaders } from './headers'

export function sendJson(res: ServerResponse, status: number, body: string) {
  if (res.destroyed || res.headersSent) return void res.destroy()
  res.writeHead(status, { ...API_HEADERS, 'Content-Length': Buffer.byteLength(body) })
  res.end(body)
}

/** PostHog's error envelope (lib/errors.ts), as a plain node response. */
const sendError = (res: ServerResponse, error: HttpError) =>
  sendJson(res, error.status, JSON.stringify(error.body()))

/** Streams one request to PostHog and its answer back; 502 or 504 when PostHog does not answer. */
export function createForwarder(config: ProxyConfig, upstream: URL) {
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
    if (!isSafeMethod(method) && origin !== undefined && !onOwnOrigin(origin, req.headers.host)) {
      const detail = `CSRF Failed: Origin checking failed - ${origin} does not match any trusted origins.`
      return sendError(res, permissionDenied(detail))
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
        return sendError(res, new HttpError(504, 'server_error', 'upstream_timeout', detail))
      }
      const detail = `PostHog at ${upstream.origin} could not be reached. Check POSTHOG_URL and that PostHog is running.`
      sendError(res, new HttpError(502, 'server_error', 'upstream_unavailable', detail))
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
