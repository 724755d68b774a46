import type { Locator, Page } from '@playwright/test'
import { chooseLocale } from './support/locale'
import { createUser, expect, signIn, STRONG_PASSWORD, test } from './support/fixtures'

// Each route's shell is prerendered HTML in the visitor's language, shown until the app takes
// over (docs/decisions/0013-prerendered-shells.md). These journeys hold every API answer, or the
// app's own JS, back for a while and look at the page in the meantime.

const API_DELAY_MS = 3000
/** The bar of issue 15: the shell is on screen this soon after the navigation started. */
const SHELL_WITHIN_MS = 1000

const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

async function slowApi(page: Page) {
  await page.route('**/api/**', async (route) => {
    await wait(API_DELAY_MS)
    await route.continue().catch(() => {})
  })
}

/** The static shell, before the app has replaced it (it is inert, so roles don't see it). */
const prerendered = (page: Page) => page.locator('#root > .prerendered')

/** Visible before `deadline` (a Date.now() value), or the assertion fails. */
const visibleBy = (locator: Locator, deadline: number) =>
  expect(locator).toBeVisible({ timeout: Math.max(1, deadline - Date.now()) })

test('with every API answer 3 s late, the header, navigation and heading show within 1 s; then the page loads, nothing moved', async ({
  page,
}) => {
  const email = await createUser(page)
  await signIn(page, email)
  await slowApi(page)

  const deadline = Date.now() + SHELL_WITHIN_MS
  await page.goto('/settings/email', { waitUntil: 'commit' })
  const shell = prerendered(page)
  await visibleBy(shell.locator('header a.brand', { hasText: 'Account settings' }), deadline)
  await visibleBy(shell.locator('nav.sidenav a', { hasText: 'Password' }), deadline)
  await visibleBy(shell.locator('h1', { hasText: 'Email' }), deadline)
  await expect(shell.locator('main .page-intro')).toBeVisible()
  await expect(shell.locator('main [aria-busy="true"]').first()).toBeVisible()
  // Still the HTML's own markup: the user (and the app) have not arrived yet.
  await expect(page.locator('html')).toHaveAttribute('lang', 'en')
  const header = await shell.locator('header').boundingBox()
  const heading = await shell.locator('h1').boundingBox()

  // Then the app takes over and the page loads, with the header and heading where they were.
  await expect(shell).toHaveCount(0, { timeout: API_DELAY_MS * 3 })
  await expect(page.getByRole('heading', { level: 1, name: 'Email' })).toBeVisible()
  await expect(page.getByText(email).first()).toBeVisible({ timeout: API_DELAY_MS * 3 })
  expect(await page.getByRole('banner').boundingBox()).toEqual(header)
  expect(await page.getByRole('heading', { level: 1 }).boundingBox()).toEqual(heading)
  await expect(page.getByRole('navigation', { name: 'Settings' })).toBeVisible()
})

test('signed out on a slow API: the German shell first, then the sign-in page, and signing in works', async ({
  page,
  context,
  baseURL,
}) => {
  const email = await createUser(page)
  await chooseLocale(context, baseURL!, 'de')
  await slowApi(page)

  const deadline = Date.now() + SHELL_WITHIN_MS
  await page.goto('/settings/password', { waitUntil: 'commit' })
  const shell = prerendered(page)
  await visibleBy(shell.locator('h1', { hasText: 'Passwort' }), deadline)
  await visibleBy(shell.locator('nav.sidenav a', { hasText: 'Benachrichtigungen' }), deadline)
  await expect(page.locator('html')).toHaveAttribute('lang', 'de')

  // The user request answers 401 (late): the app goes to sign-in, in German.
  await expect(page).toHaveURL(/\/login\?next=/, { timeout: API_DELAY_MS * 3 })
  await expect(page.getByRole('heading', { level: 1, name: 'Anmelden' })).toBeVisible()
  await page.unrouteAll({ behavior: 'ignoreErrors' })
  await page.locator('main form input[type="email"]').fill(email)
  await page.locator('main form input[type="password"]').fill(STRONG_PASSWORD)
  await page.locator('main form button[type="submit"]').click()
  await expect(page).toHaveURL(/\/settings\/password$/)
  await expect(page.getByRole('heading', { level: 1, name: 'Passwort' })).toBeVisible()
})

test('the sign-in card is painted before the JS runs, and cannot be typed into until it works', async ({
  page,
}) => {
  const email = await createUser(page)
  let releaseScript = () => {}
  const scriptHeld = new Promise<void>((resolve) => (releaseScript = resolve))
  await page.route('**/assets/index-*.js', async (route) => {
    await scriptHeld
    await route.continue()
  })

  await page.goto('/login', { waitUntil: 'commit' })
  const shell = prerendered(page)
  await expect(shell.locator('h1', { hasText: 'Sign in' })).toBeVisible()
  await expect(shell.locator('input[type="email"]')).toBeVisible()
  // Inert: a tap or a typed password before the app runs would be lost, or submitted by the
  // browser itself as a GET with the password in the URL.
  await expect(shell).toHaveAttribute('inert', '')
  await expect(page.locator('html')).toHaveAttribute('lang', 'en')

  releaseScript()
  await page.getByLabel('Email').fill(email)
  await page.getByLabel('Password', { exact: true }).fill(STRONG_PASSWORD)
  await page.getByRole('button', { name: 'Sign in', exact: true }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Profile' })).toBeVisible()
  await expect(page).not.toHaveURL(/password=/)
})
