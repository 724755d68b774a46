/**
 * npm run bench:api — load on GET /api/users/@me/ on loopback only, through the two ways a
 * client authenticates: the session cookie and Ada's personal API key (Authorization: Bearer).
 * Starts its own server (fresh data dir, the key chosen here through DEMO_PERSONAL_API_KEY),
 * signs in as Ada, runs autocannon for a bounded time on each path (alternating, see below), and
 * prints p50/p99 latency, requests per second and the key/cookie ratio.
 *
 * Exits 1 when the cookie path misses its p99 budget (docs/decisions/0003-me-fast-path.md),
 * when the key path is below product.md's "must" of 0.5x the cookie path's requests/s, or when
 * either path has any non-2xx answer, error or timeout.
 * Options by environment: BENCH_CONNECTIONS (200), BENCH_SECONDS (10), BENCH_BUDGET_P99_MS (20).
 */
import autocannon from 'autocannon'
import { newPersonalApiKey } from '../server/lib/ids'
import { DEMO_PASSWORD, spawnServer } from '../server/testing/spawn-server'

const connections = Number(process.env.BENCH_CONNECTIONS ?? 200)
const duration = Math.min(Number(process.env.BENCH_SECONDS ?? 10), 60)
const budget = Number(process.env.BENCH_BUDGET_P99_MS ?? 20)
// product.md: the key path >= 0.5x the session-cookie path (must), >= 0.9x (target).
const KEY_RATIO_MUST = 0.5
const KEY_RATIO_TARGET = 0.9

interface Measured {
  total: number
  perSecond: number
  p50: number
  p99: number
  non2xx: number
  errors: number
  timeouts: number
}

/** One path's rounds as one figure: summed counts, and the worse round's latencies. */
function combine(runs: autocannon.Result[]): Measured {
  const sum = (of: (r: autocannon.Result) => number) => runs.reduce((n, r) => n + of(r), 0)
  const total = sum((r) => r.requests.total)
  return {
    total,
    perSecond: total / sum((r) => r.duration),
    p50: Math.max(...runs.map((r) => r.latency.p50)),
    p99: Math.max(...runs.map((r) => r.latency.p99)),
    non2xx: sum((r) => r.non2xx),
    errors: sum((r) => r.errors),
    timeouts: sum((r) => r.timeouts),
  }
}

const apiKey = newPersonalApiKey()
const server = await spawnServer({ DEMO_PERSONAL_API_KEY: apiKey })
try {
  const login = await fetch(server.url + '/api/login', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ email: 'ada@example.com', password: DEMO_PASSWORD }),
  })
  const cookie = login.headers
    .getSetCookie()
    .map((c) => c.split(';')[0])
    .join('; ')
  if (login.status !== 200) throw new Error(`sign-in failed: ${login.status}`)

  const url = server.url + '/api/users/@me/'
  const paths: { name: string; headers: Record<string, string> }[] = [
    { name: 'session cookie', headers: { cookie } },
    { name: 'personal API key', headers: { authorization: `Bearer ${apiKey}` } },
  ]
  // Both must answer 200 before any load: a 401 would be measured as a very fast error.
  for (const path of paths) {
    const res = await fetch(url, { headers: path.headers })
    await res.arrayBuffer()
    if (res.status !== 200) throw new Error(`${path.name}: GET @me answered ${res.status}`)
  }

  // Warm up both (JIT, statement cache, the @me cache) before measuring anything.
  for (const path of paths)
    await autocannon({ url, connections: 10, duration: 2, headers: path.headers })
  // Each path runs twice for half the time, in the order cookie, key, key, cookie: whichever
  // runs later gains from a warmer process, and a noisy neighbour's drift falls on both alike.
  const rounds: autocannon.Result[][] = paths.map(() => [])
  for (const i of [0, 1, 1, 0]) {
    const { headers } = paths[i]!
    rounds[i]!.push(await autocannon({ url, connections, duration: duration / 2, headers }))
  }
  const [viaCookie, viaKey] = rounds.map(combine) as [Measured, Measured]
  const clean = (r: Measured) => r.non2xx === 0 && r.errors === 0 && r.timeouts === 0
  const ratio = viaKey.perSecond / viaCookie.perSecond

  const row = (what: string, of: (r: Measured) => string) => [what, of(viaCookie), of(viaKey)]
  const table = [
    ['GET /api/users/@me/', ...paths.map((p) => p.name)],
    row('connections', () => String(connections)),
    row('duration', () => `${duration} s`),
    row('requests', (r) => String(r.total)),
    row('requests/s (mean)', (r) => r.perSecond.toFixed(0)),
    row('latency p50 (worse round)', (r) => `${r.p50} ms`),
    row('latency p99 (worse round)', (r) => `${r.p99} ms`),
    row('non-2xx / errors / timeouts', (r) => `${r.non2xx} / ${r.errors} / ${r.timeouts}`),
  ]
  const widths = [0, 1, 2].map((i) => Math.max(...table.map((cells) => cells[i]!.length)))
  for (const cells of table)
    console.log(
      cells
        .map((cell, i) => (i === 0 ? cell.padEnd(widths[0]!) : cell.padStart(widths[i]!)))
        .join('  '),
    )

  const p99Met = viaCookie.p99 <= budget
  const ratioMet = ratio >= KEY_RATIO_MUST
  console.log('')
  console.log(`cookie p99 budget   <= ${budget} ms: ${p99Met ? 'met' : 'NOT met'}`)
  console.log(
    `key / cookie req/s  ${ratio.toFixed(3)}x (must >= ${KEY_RATIO_MUST}x, target >= ${KEY_RATIO_TARGET}x): ` +
      (!ratioMet ? 'NOT met' : ratio >= KEY_RATIO_TARGET ? 'met' : 'must met, below target'),
  )
  const failures = [
    !clean(viaCookie) && 'cookie path had non-2xx answers, errors or timeouts',
    !clean(viaKey) && 'key path had non-2xx answers, errors or timeouts',
    !p99Met && 'cookie p99 over budget',
    !ratioMet && `key path below ${KEY_RATIO_MUST}x the cookie path`,
  ].filter(Boolean)
  if (failures.length) console.log(`FAILED: ${failures.join('; ')}.`)
  process.exitCode = failures.length ? 1 : 0
} finally {
  await server.stop()
}
