import { resolve } from 'node:path'
import { createServer } from 'node:http'
import { getRequestListener } from '@hono/node-server'
import { createApp } from './app'
import { createMeFastPath } from './fast-path'
import type { Deps } from './lib/context'
import { MeCache } from './lib/me-cache'
import { configFromEnv } from './config'
import { systemClock } from './lib/clock'
import { createMailer } from './lib/mail'
import { Throttles } from './lib/throttle'
import { openDb } from './store/db'
import { DEMO_PASSWORD_DEFAULT, seedDemoData } from './store/seed'

const env = process.env
const host = env.HOST || '127.0.0.1'
const port = Number(env.PORT || 8000)
const dataDir = resolve(env.DATA_DIR || './data')
const config = configFromEnv(env)
const db = openDb(dataDir)
const clock = systemClock

const seed = await seedDemoData(db, clock, { password: env.DEMO_PASSWORD, personalApiKey: env.DEMO_PERSONAL_API_KEY })
const deps: Deps = {
  db,
  config,
  clock,
  mailer: createMailer(db, clock, config.smtpUrl),
  throttles: new Throttles(clock),
  meCache: new MeCache(),
  staticDir: resolve(env.STATIC_DIR || 'dist'),
  log: (line) => console.error(line),
}
const app = createApp(deps)
const fastPath = createMeFastPath(deps)
const appListener = getRequestListener(app.fetch)
const server = createServer((req, res) => {
  if (!fastPath(req, res)) void appListener(req, res)
})

server.listen(port, host, () => {
  const address = server.address()
  const actualPort = typeof address === 'object' && address ? address.port : port
  const url = `http://${host.includes(':') ? `[${host}]` : host}:${actualPort}`
  const password = env.DEMO_PASSWORD ? '(the value of DEMO_PASSWORD)' : DEMO_PASSWORD_DEFAULT
  const lines = [
    `Local users API and app: ${url}`,
    `Dev mailbox: ${url}/_dev/mail`,
    `Data: ${dataDir}`,
    seed.seeded ? 'Seeded demo data on first start.' : 'Using existing data.',
    'Demo accounts (password: ' + password + '):',
    '  ada@example.com    member of Demo Organization (role: engineering)',
    '  grace@example.com  staff',
    '  alan@example.com   no organization',
  ]
  // The generated key can only be shown once: only its hash is stored.
  if (seed.personalApiKey && !env.DEMO_PERSONAL_API_KEY) lines.push(`Personal API key for Ada (user:read user:write): ${seed.personalApiKey}`)
  else if (env.DEMO_PERSONAL_API_KEY) lines.push("Personal API key for Ada: the value of DEMO_PERSONAL_API_KEY")
  else lines.push('Personal API key for Ada: printed on first start only (set DEMO_PERSONAL_API_KEY to choose one).')
  console.log(lines.join('\n'))
})

function shutdown() {
  server.close(() => {
    db.close()
    process.exit(0)
  })
  setTimeout(() => process.exit(0), 2000).unref()
}
process.on('SIGINT', shutdown)
process.on('SIGTERM', shutdown)
