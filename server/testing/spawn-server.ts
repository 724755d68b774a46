import { spawn, type ChildProcess } from 'node:child_process'
import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

/**
 * The seeded demo accounts' password (server/store/seed.ts), for what signs in to a spawned
 * server; a server started with DEMO_PASSWORD set uses that instead.
 */
export { DEMO_PASSWORD_DEFAULT as DEMO_PASSWORD } from '../store/seed'

export interface SpawnedServer {
  url: string
  dataDir: string
  child: ChildProcess
  output: () => string
  stop(signal?: NodeJS.Signals): Promise<void>
}

export interface SpawnOptions {
  /** How long the server may take to print its URL; 30 s unless set. */
  startTimeout?: number
  /** Copies the server's stdout and stderr, as they come, to this process's (as `npm start` shows them). */
  echo?: { stdout?: boolean; stderr?: boolean }
}

const root = join(import.meta.dirname, '..', '..')

/**
 * Runs `server/main.ts` as its own process on a free loopback port (the way `npm start` does), or
 * on `env.PORT`. Local mode unless `env` sets POSTHOG_URL (the caller's own POSTHOG_* are not
 * inherited); ready once the server prints the URL it listens on. STATIC_DIR is an empty
 * directory unless `env` sets it; DATA_DIR is `dataDir`, else a fresh temporary directory.
 */
export async function spawnServer(
  env: Record<string, string> = {},
  dataDir?: string,
  options: SpawnOptions = {},
): Promise<SpawnedServer> {
  const dir = dataDir ?? mkdtempSync(join(tmpdir(), 'account-settings-'))
  const { POSTHOG_URL: _url, POSTHOG_PERSONAL_API_KEY: _key, ...inherited } = process.env
  const child = spawn(process.execPath, ['--import', 'tsx', join(root, 'server', 'main.ts')], {
    cwd: root,
    env: {
      ...inherited,
      HOST: '127.0.0.1',
      PORT: '0',
      DATA_DIR: dir,
      STATIC_DIR: join(dir, 'no-static'),
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  let out = ''
  child.stdout!.on('data', (d: Buffer) => (out += d.toString()))
  child.stderr!.on('data', (d: Buffer) => (out += d.toString()))
  if (options.echo?.stdout) child.stdout!.pipe(process.stdout, { end: false })
  if (options.echo?.stderr) child.stderr!.pipe(process.stderr, { end: false })
  const startTimeout = options.startTimeout ?? 30_000
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill()
      reject(new Error(`server did not start:\n${out}`))
    }, startTimeout)
    const onData = () => {
      const m = /(?:Local users API and app:|Proxy mode: app on) (http:\/\/[^\s,]+)/.exec(out)
      if (m) {
        clearTimeout(timer)
        resolve(m[1]!)
      }
    }
    child.stdout!.on('data', onData)
    child.on('exit', (code) => {
      clearTimeout(timer)
      reject(new Error(`server exited with ${code}:\n${out}`))
    })
  })
  return {
    url,
    dataDir: dir,
    child,
    output: () => out,
    stop: (signal = 'SIGTERM') =>
      new Promise((resolve) => {
        if (child.exitCode !== null || child.signalCode !== null) return resolve()
        child.once('exit', () => resolve())
        child.kill(signal)
      }),
  }
}
