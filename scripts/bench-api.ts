/**
 * npm run bench:api — load on GET /api/users/@me/ with a session cookie, on loopback only.
 * Starts its own server (fresh data dir), signs in as Ada, runs autocannon for a bounded time,
 * prints p50/p99 latency and requests per second, and says whether the p99 budget holds.
 * Options by environment: BENCH_CONNECTIONS (200), BENCH_SECONDS (10), BENCH_BUDGET_P99_MS (20).
 */
import autocannon from 'autocannon'
import { PASSWORD } from '../server/testing/harness'
import { spawnServer } from '../server/testing/spawn-server'

const connections = Number(process.env.BENCH_CONNECTIONS ?? 200)
const duration = Math.min(Number(process.env.BENCH_SECONDS ?? 10), 60)
const budget = Number(process.env.BENCH_BUDGET_P99_MS ?? 20)

const server = await spawnServer()
try {
  const login = await fetch(server.url + '/api/login', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ email: 'ada@example.com', password: PASSWORD }),
  })
  const cookie = login.headers
    .getSetCookie()
    .map((c) => c.split(';')[0])
    .join('; ')
  if (login.status !== 200) throw new Error(`sign-in failed: ${login.status}`)

  const url = server.url + '/api/users/@me/'
  // Warm up (JIT, statement cache) before measuring.
  await autocannon({ url, connections: 10, duration: 2, headers: { cookie } })
  const result = await autocannon({ url, connections, duration, headers: { cookie } })
  const ok = result.non2xx === 0 && result.errors === 0 && result.timeouts === 0
  const rows = [
    ['endpoint', 'GET /api/users/@me/ (session cookie)'],
    ['connections', String(connections)],
    ['duration', `${duration} s`],
    ['requests', String(result.requests.total)],
    ['requests/s (mean)', result.requests.average.toFixed(0)],
    ['latency p50', `${result.latency.p50} ms`],
    ['latency p99', `${result.latency.p99} ms`],
    ['non-2xx / errors / timeouts', `${result.non2xx} / ${result.errors} / ${result.timeouts}`],
    ['budget p99', `<= ${budget} ms: ${result.latency.p99 <= budget ? 'met' : 'NOT met'}`],
  ]
  for (const [k, v] of rows) console.log(`${k!.padEnd(28)} ${v}`)
  process.exitCode = ok && result.latency.p99 <= budget ? 0 : 1
} finally {
  await server.stop()
}
