// Builds the app and runs server/main.ts for scripts/lighthouse.mjs, through the one spawner
// (server/testing/spawn-server.ts, loaded with tsx: this script runs in plain node).
import { spawnSync } from 'node:child_process'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { tsImport } from 'tsx/esm/api'

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..')
const { spawnServer } = await tsImport('../../server/testing/spawn-server.ts', import.meta.url)

/** Builds into a temporary directory: dist/ may be served by a running server meanwhile. */
export function build(outDir) {
  const args = [
    '--no',
    '--',
    'vite',
    'build',
    '--outDir',
    outDir,
    '--emptyOutDir',
    '--logLevel',
    'warn',
  ]
  const result = spawnSync('npx', args, { cwd: root, stdio: ['ignore', 'inherit', 'inherit'] })
  if (result.status !== 0) throw new Error(`vite build failed (exit ${result.status})`)
}

/** `server/main.ts` as `npm start` runs it, on LIGHTHOUSE_PORT or a port the system picks. */
export function startServer(staticDir, dataDir) {
  return spawnServer({ PORT: process.env.LIGHTHOUSE_PORT ?? '0', STATIC_DIR: staticDir }, dataDir)
}
