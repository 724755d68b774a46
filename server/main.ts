import { createServer, type Server } from 'node:http'
import { getRequestListener } from '@hono/node-server'
import { createApp } from './app'
import { createMeFastPath } from './fast-path'
import { createDeps } from './deps'
import { configFromEnv, type ServerConfig } from './config'
import { createProxyApp } from './proxy'
import { systemClock } from './lib/clock'
import { openDb } from './store/db'
import { DEMO_PASSWORD_DEFAULT, seedDemoData } from './store/seed'

let config: ServerConfig
try {
  config = configFromEnv(process.env)
} catch (error) {
  // A bad variable is named in one line, in either mode, rather than a stack trace or a default.
  console.error((error as Error).message)
  process.exit(1)
}
const { host, port } = config
const isLoopbackHost = (name: string) =>
  name === 'localhost' || name === '::1' || name.startsWith('127.')
const printedUrl = (server: Server) => {
  const address = server.address()
  const actualPort = typeof address === 'object' && address ? address.port : port
  return `http://${host.includes(':') ? `[${host}]` : host}:${actualPort}`
}

/**
 * Proxy mode (POSTHOG_URL): the app in front of a real PostHog. Nothing of the local store is
 * opened or created: no DATA_DIR, no demo data, no dev mailbox.
 */
function startProxy(proxy: NonNullable<ServerConfig['proxy']>): {
  server: Server
  close: () => void
} {
  const upstream = proxy.upstreamUrl
  const server = createServer(createProxyApp({ ...proxy, log: (line) => console.error(line) }))
  server.listen(port, host, () => {
    const lines = [
      `Proxy mode: app on ${printedUrl(server)}, forwarding /api/* and /logout to PostHog at ${upstream.origin}`,
      'Sign in with your PostHog account. No local data, demo accounts or dev mailbox in this mode.',
      proxy.personalApiKey
        ? 'Personal API key: the value of POSTHOG_PERSONAL_API_KEY, sent with requests that have no session.'
        : 'Personal API key: none (set POSTHOG_PERSONAL_API_KEY to use one without signing in).',
    ]
    // PostHog marks its cookies Secure; only loopback lets them pass over plain http here.
    if (!isLoopbackHost(host))
      lines.push(
        `Serve ${printedUrl(server)} over HTTPS (a TLS proxy in front): PostHog's cookies are Secure.`,
      )
    console.log(lines.join('\n'))
  })
  return { server, close: () => {} }
}

async function startLocal(): Promise<{ server: Server; close: () => void }> {
  const { dataDir, app: settings } = config
  const db = openDb(dataDir)
  const clock = systemClock

  const seed = await seedDemoData(db, clock, {
    password: config.demoPassword ?? undefined,
    personalApiKey: config.demoPersonalApiKey ?? undefined,
  })
  const deps = createDeps(settings, db, clock, {
    staticDir: config.staticDir,
    log: (line) => console.error(line),
  })
  const app = createApp(deps)
  const fastPath = createMeFastPath(deps)
  const appListener = getRequestListener(app.fetch)
  const server = createServer((req, res) => {
    // The fast path declines a foreign Host too; the app then answers its 400.
    if (!fastPath(req, res)) void appListener(req, res)
  })

  server.listen(port, host, () => {
    const url = printedUrl(server)
    const password = config.demoPassword ? '(the value of DEMO_PASSWORD)' : DEMO_PASSWORD_DEFAULT
    const lines = [
      `Local users API and app: ${url}`,
      settings.devTools
        ? `Dev mailbox: ${url}/_dev/mail`
        : 'Dev tools (mailbox, test accounts): off (DEV_TOOLS=false, or HOST is not loopback)',
      `Data: ${dataDir}`,
      seed.seeded ? 'Seeded demo data on first start.' : 'Using existing data.',
      'Demo accounts (password: ' + password + '):',
      '  ada@example.com    member of Demo Organization (role: engineering)',
      '  grace@example.com  staff',
      '  alan@example.com   no organization',
    ]
    // The generated key can only be shown once: only its hash is stored.
    if (seed.personalApiKey && !config.demoPersonalApiKey)
      lines.push(`Personal API key for Ada (user:read user:write): ${seed.personalApiKey}`)
    else if (config.demoPersonalApiKey)
      lines.push('Personal API key for Ada: the value of DEMO_PERSONAL_API_KEY')
    else
      lines.push(
        'Personal API key for Ada: printed on first start only (set DEMO_PERSONAL_API_KEY to choose one).',
      )
    console.log(lines.join('\n'))
  })
  return { server, close: () => db.close() }
}

const { server, close } = config.proxy ? startProxy(config.proxy) : await startLocal()

function shutdown() {
  server.close(() => {
    close()
    process.exit(0)
  })
  setTimeout(() => process.exit(0), 2000).unref()
}
process.on('SIGINT', shutdown)
process.on('SIGTERM', shutdown)
