/**
 * npm run screenshots — every page in light and dark, desktop and mobile, into
 * reports/screenshots/, for a person to look at. Starts its own server on a fresh data dir.
 * SCREENSHOT_LOCALES=de,ar (or "all") takes them in those languages too; English by default.
 */
import { mkdirSync } from 'node:fs'
import { chromium } from '@playwright/test'
import { addVirtualAuthenticator } from '../e2e/support/passkeys'
import { DEMO_PASSWORD, spawnServer } from '../server/testing/spawn-server'

const pages = [
  '/login',
  '/reset',
  // The reset page with a link that does not work (a working one needs a mailed token).
  '/reset/0190a4c2-7f3e-7a31-9e0f-4a2f5f3c1d2e/not-a-token',
  '/settings/profile',
  '/settings/email',
  '/settings/password',
  '/settings/two-factor',
  '/settings/sessions',
  '/settings/personal-api-keys',
  '/settings/notifications',
  '/settings/appearance',
  '/settings/danger-zone',
  '/settings/users',
  '/settings/nowhere',
]
const out = 'reports/screenshots'
const ALL_LOCALES = ['en', 'de', 'fr', 'ja', 'ar']
const wanted = process.env.SCREENSHOT_LOCALES ?? 'en'
const locales = wanted === 'all' ? ALL_LOCALES : wanted.split(',').map((l) => l.trim())
mkdirSync(out, { recursive: true })

const server = await spawnServer({ STATIC_DIR: 'dist' })
const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
  ],
})
try {
  for (const locale of locales)
    for (const colorScheme of ['light', 'dark'] as const) {
      for (const [device, viewport] of [
        ['desktop', { width: 1280, height: 900 }],
        ['mobile', { width: 390, height: 844 }],
      ] as const) {
        const context = await browser.newContext({ colorScheme, viewport, baseURL: server.url })
        await context.addCookies([
          { name: 'account_settings_locale', value: locale, url: server.url },
        ])
        const page = await context.newPage()
        for (const path of pages) {
          if (path !== '/login' && !(await context.cookies()).some((c) => c.name === 'sessionid')) {
            await page.goto('/login')
            // By type, not by label: the labels are in the page's language.
            await page.locator('input[type=email]').fill('grace@example.com')
            await page.locator('input[type=password]').fill(DEMO_PASSWORD)
            await page.locator('button[type=submit]').click()
            await page.locator('nav.sidenav').waitFor()
          }
          await page.goto(path)
          await page.getByRole('heading', { level: 1 }).waitFor()
          // The page with its data, not its loading skeleton (slow on a busy machine).
          await page.waitForFunction(() => !document.querySelector('[aria-busy="true"]'))
          // Sign-in's passkey part is a lazy chunk shown once the app config has answered.
          if (path === '/login') await page.locator('.passkey-sign-in').waitFor()
          const suffix = locale === 'en' ? '' : `-${locale}`
          const name = `${path.replaceAll('/', '_').replace(/^_/, '')}-${colorScheme}-${device}${suffix}.png`
          await page.screenshot({ path: `${out}/${name}`, fullPage: true })
        }
        await context.close()
      }
    }
  // Two-factor with a passkey listed: on localhost (WebAuthn refuses an IP as relying party),
  // with Chromium's virtual authenticator; last, so no other page shows grace's passkey.
  for (const colorScheme of ['light', 'dark'] as const) {
    const context = await browser.newContext({
      colorScheme,
      viewport: { width: 1280, height: 900 },
      baseURL: server.url.replace('127.0.0.1', 'localhost'),
    })
    const page = await context.newPage()
    await addVirtualAuthenticator(page)
    await page.goto('/login')
    await page.locator('input[type=email]').fill('grace@example.com')
    await page.locator('input[type=password]').fill(DEMO_PASSWORD)
    await page.locator('button[type=submit]').click()
    await page.locator('nav.sidenav').waitFor()
    await page.goto('/settings/two-factor')
    const name = `Laptop ${colorScheme}`
    await page.locator('.passkeys-add input').fill(name)
    await page.locator('.passkeys-add button[type=submit]').click()
    await page.getByRole('heading', { name }).waitFor()
    await page.waitForFunction(() => !document.querySelector('[aria-busy="true"]'))
    await page.screenshot({
      path: `${out}/settings_two-factor-passkey-${colorScheme}-desktop.png`,
      fullPage: true,
    })
    await context.close()
  }
  console.log(`Screenshots in ${out}/`)
} finally {
  await browser.close()
  await server.stop()
}
