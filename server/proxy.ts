import type { RequestListener } from 'node:http'
import { getRequestListener } from '@hono/node-server'
import { allowedHostsFromEnv, DISALLOWED_HOST_BODY, isAllowedHost } from './lib/hosts'
import { parseUpstream, type ProxyConfig } from './proxy/config'
import { createForwarder, sendJson } from './proxy/forwarder'
import { createShellApp } from './proxy/shell-app'

// Proxy mode's entry: settings and POSTHOG_URL in proxy/config.ts, header rewriting in
// proxy/headers.ts, the stream to PostHog in proxy/forwarder.ts, the app shell in proxy/shell-app.ts.
export { parseUpstream, type ProxyConfig }

const FORWARDED_PATH = /^\/(api(\/|$)|logout\/?$)/

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
