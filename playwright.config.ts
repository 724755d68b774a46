import { existsSync } from 'node:fs'
import { chromium, defineConfig, devices } from '@playwright/test'
import { port } from './e2e/support/servers'

const baseURL = `http://127.0.0.1:${port}`

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
    // The journeys read English unless they choose a language; never the machine's own.
    locale: 'en-US',
    trace: 'retain-on-failure',
  },
  projects: [
    {
      name: 'chromium',
      use: { ...devices['Desktop Chrome'], launchOptions },
    },
  ],
  // Runs the built app and the API together, as `npm start` does, and a second server whose
  // sessions go stale after 3 s; both on fresh data. `npm test` builds dist/ first.
  globalSetup: './e2e/support/start-servers.ts',
})
