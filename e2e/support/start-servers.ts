import { spawnServer, type SpawnedServer } from '../../server/testing/spawn-server'
import { port, stalePort } from './servers'

/**
 * Playwright's globalSetup: the two servers the journeys run against, each `server/main.ts` as
 * `npm start` runs it (server/testing/spawn-server.ts), on a fresh data directory so every run
 * starts from the seeded demo data (E2E_DATA_DIR / E2E_STALE_DATA_DIR choose one instead). Both
 * serve STATIC_DIR, else dist/ (`npm test` builds it first). The second one treats a session as
 * stale after 3 seconds, for the re-auth journeys. Returns the teardown that stops them.
 */
export default async function startServers() {
  const STATIC_DIR = process.env.STATIC_DIR || 'dist'
  // Generous: two servers start on a machine that may be busy building or testing.
  const startTimeout = 120_000
  const started = await Promise.allSettled([
    spawnServer({ PORT: String(port), STATIC_DIR }, process.env.E2E_DATA_DIR, {
      startTimeout,
      echo: { stdout: true, stderr: true },
    }),
    spawnServer(
      {
        PORT: String(stalePort),
        STATIC_DIR,
        SESSION_SENSITIVE_ACTIONS_AGE: '3',
        SESSION_FRESH_REAUTH_AGE: '3',
      },
      process.env.E2E_STALE_DATA_DIR,
      { startTimeout, echo: { stderr: true } },
    ),
  ])
  const servers = started.flatMap((result) => (result.status === 'fulfilled' ? [result.value] : []))
  const stop = () =>
    Promise.all(servers.map((server: SpawnedServer) => server.stop())).then(() => {})
  const failed = started.find((result) => result.status === 'rejected')
  if (failed) {
    await stop()
    throw failed.reason
  }
  return stop
}
