import type { Page, Route } from '@playwright/test'
import { expectAnnounced } from './support/announcer'
import { createUser, expect, expectNoAxeViolations, signIn, test } from './support/fixtures'

/**
 * The server can't be reached (issue 15): the header and navigation stay, the page area says so
 * in place of the page, with a retry that works once the server is back; never "Something went
 * wrong", which is for a server that answered with an error. And an unknown address is a page
 * inside the app's frame with a way back.
 */

const OFFLINE = "We couldn't reach the server. Check your connection and try again."
const SOMETHING_WRONG = /Something went wrong/

const drop = (route: Route) => route.abort('internetdisconnected')
/** The app's server is down: its API, its code chunks (of pages not yet visited) and its pages. */
const SERVER = ['**/api/**', '**/assets/*.js', '**/settings/**'] as const

async function takeServerDown(page: Page) {
  for (const url of SERVER) await page.route(url, drop)
}
async function bringServerBack(page: Page) {
  for (const url of SERVER) await page.unroute(url, drop)
}

const nav = (page: Page) => page.getByRole('navigation', { name: 'Settings' })
const heading = (page: Page, name: string) => page.getByRole('heading', { level: 1, name })

test('a page not yet visited, clicked while the server is down, fails inside the frame and loads on retry', async ({
  page,
}) => {
  const email = await createUser(page, { prefix: 'offline' })
  await signIn(page, email)
  await expect(heading(page, 'Profile')).toBeVisible()

  await takeServerDown(page)
  await nav(page).getByRole('link', { name: 'Notifications' }).click()

  await expect(heading(page, 'Notifications')).toBeVisible()
  await expect(page.getByRole('main').getByRole('alert')).toContainText(OFFLINE)
  await expect(page.getByRole('link', { name: 'Account settings' })).toBeVisible()
  await expect(nav(page).getByRole('link', { name: 'Notifications' })).toHaveAttribute(
    'aria-current',
    'page',
  )
  await expect(page.getByRole('button', { name: 'Sign out' })).toBeVisible()
  await expect(page.getByText(SOMETHING_WRONG)).toHaveCount(0)
  await expectNoAxeViolations(page)

  // Still down: the retry keeps the app on screen (not the browser's offline page) and says so.
  const retry = page.getByRole('button', { name: 'Try again' })
  await retry.click()
  await expectAnnounced(page, OFFLINE)
  await expect(retry).toBeFocused()
  await expect(nav(page)).toBeVisible()

  // Back: the retry reloads the page, which fetches its code again.
  await bringServerBack(page)
  await retry.click()
  await expect(heading(page, 'Notifications')).toBeVisible()
  await expect(page.getByRole('alert')).toHaveCount(0)
  await expect(page.getByRole('switch').first()).toBeVisible()
  await expect(page.getByText(SOMETHING_WRONG)).toHaveCount(0)
})

test('a first visit while the API is down shows the frame and the page area saying so, with a retry', async ({
  page,
}) => {
  const email = await createUser(page, { prefix: 'offline-first' })
  await signIn(page, email)
  await page.route('**/api/**', drop)
  await page.goto('/settings/email')

  // Queries retry twice (1 s, then 2 s) before the page says the server can't be reached.
  await expect(page.getByRole('alert')).toContainText(OFFLINE, { timeout: 10_000 })
  await expect(heading(page, 'Email')).toBeVisible()
  await expect(page.getByRole('link', { name: 'Account settings' })).toBeVisible()
  await expect(nav(page).getByRole('link', { name: 'Email' })).toHaveAttribute(
    'aria-current',
    'page',
  )
  await expect(page.getByText(SOMETHING_WRONG)).toHaveCount(0)

  await page.unroute('**/api/**', drop)
  await page.getByRole('button', { name: 'Try again' }).click()
  await expect(page.getByRole('button', { name: 'Sign out' })).toBeVisible()
  await expect(heading(page, 'Email')).toBeVisible()
  await expect(page.getByRole('alert')).toHaveCount(0)
})

for (const path of ['/nowhere', '/settings/nowhere']) {
  test(`signed in, ${path} is "Page not found" inside the frame, with a link home`, async ({
    page,
  }) => {
    const email = await createUser(page, { prefix: 'not-found' })
    await signIn(page, email)
    await page.goto(path)
    await expect(heading(page, 'Page not found')).toBeVisible()
    await expect(page).toHaveTitle('Page not found · Account settings')
    await expect(nav(page)).toBeVisible()
    await expect(page.getByRole('button', { name: 'Sign out' })).toBeVisible()
    await expectNoAxeViolations(page)
    await page.getByRole('link', { name: 'Go to your profile' }).click()
    await expect(heading(page, 'Profile')).toBeVisible()
    await expect(page).toHaveURL(/\/settings\/profile$/)
  })
}

test('signed out, an unknown address is "Page not found" with the way to sign in', async ({
  page,
}) => {
  await page.goto('/nowhere')
  await expect(heading(page, 'Page not found')).toBeVisible()
  await expect(nav(page)).toHaveCount(0)
  await expectNoAxeViolations(page)
  await page.getByRole('link', { name: 'Go to sign-in' }).click()
  await expect(page).toHaveURL(/\/login$/)
  await expect(page.getByRole('button', { name: 'Sign in', exact: true })).toBeVisible()
})
