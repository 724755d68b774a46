import { existsSync, mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { chromium, defineConfig, devices } from '@playwright/test'

const port = Number(process.env.E2E_PORT ?? 8123)
const baseURL = `http://127.0.0.1:${port}`

// A fresh data directory per run, so every run starts from the seeded demo data.
// Kept in the environment because Playwright evaluates this file again in each worker process.
const dataDir = (process.env.E2E_DATA_DIR ??= mkdtempSync(join(tmpdir(), 'account-settings-e2e-')))
const staleDataDir = (process.env.E2E_STALE_DATA_DIR ??= mkdtempSync(
  join(tmpdir(), 'account-settings-e2e-stale-'),
))

/** A second server whose sessions go stale after a few seconds, for the re-auth journeys (see e2e/support/servers.ts). */
export const stalePort = Number(process.env.E2E_STALE_PORT ?? port + 1)

// Playwright's own Chromium cannot be downloaded on these machines; fall back to Debian's.
// executablePath and args must stay in one launchOptions object: a second one would replace it.
const systemChromium = '/usr/bin/chromium'
const launchOptions = existsSync(chromium.executablePath())
  ? {}
  : {
      executablePath: systemChromium,
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    }

export default defineConfig({
  testDir: 'e2e',
  fullyParallel: false,
  forbidOnly: Boolean(process.env.CI),
  retries: 0,
  workers: process.env.CI ? 1 : undefined,
  reporter: [['list'], ['json', { outputFile: 'reports/playwright.json' }]],
  use: {
    baseURL,
    trace: 'retain-on-failure',
  },
  projects: [
    {
      name: 'chromium',
      use: { ...devices['Desktop Chrome'], launchOptions },
    },
  ],
  // Runs the built app and the API together, as `npm start` does; `npm test` builds dist/ first.
  webServer: [
    {
      command: 'npx tsx server/main.ts',
      url: `${baseURL}/_health`,
      env: { PORT: String(port), HOST: '127.0.0.1', DATA_DIR: dataDir },
      reuseExistingServer: false,
      timeout: 120_000,
      stdout: 'pipe',
      stderr: 'pipe',
    },
    {
      command: 'npx tsx server/main.ts',
      url: `http://127.0.0.1:${stalePort}/_health`,
      env: {
        PORT: String(stalePort),
        HOST: '127.0.0.1',
        DATA_DIR: staleDataDir,
        SESSION_SENSITIVE_ACTIONS_AGE: '3',
        SESSION_FRESH_REAUTH_AGE: '3',
      },
      reuseExistingServer: false,
      timeout: 120_000,
    },
  ],
})
