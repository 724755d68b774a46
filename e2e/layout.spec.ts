import type { Locator, Page } from '@playwright/test'
import { DEV_TOOLS_HEADERS } from './support/dev-tools'
import { expect, signIn, STRONG_PASSWORD, test } from './support/fixtures'
import { chooseLocale, settled, signInAnyLanguage, visitSettled } from './support/locale'

// Issue 15, "layout that holds": a long name and a long address never widen a page, on a phone
// the header and navigation stay small, and the brand link is a navigation inside the app.

const LONG = 'Wolfeschlegelsteinhausenbergerdorff'
const LONG_NAME = `${LONG} ${LONG}`
let counter = 0

/**
 * An account of this test's own (not a demo one, which other specs read): staff, so the Users
 * pages are there too; in no organization, so the danger zone offers the delete dialog; named
 * LONG_NAME (first and last name) with an address of about 130 characters.
 */
async function createLongUser(page: Page) {
  const lower = LONG.toLowerCase()
  // A local part is at most 64 characters and a domain label 63: the length is in the labels.
  const email = `${lower}-${Date.now()}-${++counter}@${lower}.${lower}.example.com`
  const created = await page.request.post('/_dev/users', {
    headers: DEV_TOOLS_HEADERS,
    data: {
      email,
      password: STRONG_PASSWORD,
      organization: false,
      is_staff: true,
      first_name: LONG,
    },
  })
  expect(created.status()).toBe(201)
  const { uuid } = (await created.json()) as { uuid: string }
  return { email, uuid }
}

/** Signs in as the account and gives it its last name through the API, as the Profile form would. */
async function signInWithLongName(page: Page, email: string) {
  await signIn(page, email)
  const csrf = (await page.context().cookies()).find((c) => c.name === 'posthog_csrftoken')
  const saved = await page.request.patch('/api/users/@me/', {
    headers: { 'X-CSRFToken': csrf!.value },
    data: { last_name: LONG },
  })
  expect(saved.status()).toBe(200)
  await page.reload()
  await settled(page)
}

/** The page is no wider than the window: nothing scrolls sideways. */
async function expectNoSidewaysScroll(page: Page, what: string) {
  await expect
    .poll(() => page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth), {
      message: `${what} scrolls sideways`,
    })
    .toBeLessThanOrEqual(0)
}

const header = (page: Page) => page.getByRole('banner')
const signOutButton = (page: Page) => header(page).getByRole('button')
const nav = (page: Page) => page.getByRole('navigation', { name: 'Settings' })

/** The bottom edge of the navigation: with the header above it, the frame's height on a phone. */
const frameHeight = (page: Page) =>
  page.locator('nav.sidenav').evaluate((element) => element.getBoundingClientRect().bottom)

/** The element's content is all inside its box (wrapped, not cut off at an edge). */
const isNotClipped = (locator: Locator) =>
  locator.evaluate((element) => element.scrollWidth <= element.clientWidth)

const settingsPages = [
  'profile',
  'email',
  'password',
  'two-factor',
  'notifications',
  'appearance',
  'danger-zone',
  'users',
]

for (const width of [320, 390]) {
  test(`no page or dialog scrolls sideways at ${width} px with a long name and address`, async ({
    page,
  }) => {
    test.slow()
    await page.setViewportSize({ width, height: 844 })
    const { email, uuid } = await createLongUser(page)

    await page.goto('/login')
    await expect(page.getByRole('heading', { level: 1, name: 'Sign in' })).toBeVisible()
    await expectNoSidewaysScroll(page, 'the sign-in page')

    await signInWithLongName(page, email)
    for (const path of [...settingsPages.map((p) => `/settings/${p}`), `/settings/users/${uuid}`]) {
      await visitSettled(page, path)
      await expectNoSidewaysScroll(page, path)
      await expect(signOutButton(page), `Sign out on ${path}`).toBeInViewport({ ratio: 1 })
    }
    // The user's own row and details show the whole address and name.
    await expect(page.getByText(email).first()).toBeVisible()
    await expect(isNotClipped(page.getByText(email).first())).resolves.toBe(true)

    await visitSettled(page, '/settings/danger-zone')
    await page.getByRole('button', { name: 'Delete account…' }).click()
    const dialog = page.getByRole('dialog', { name: 'Delete your account?' })
    await expect(dialog).toBeVisible()
    await expectNoSidewaysScroll(page, 'the delete-account dialog')
    await expect(dialog).toBeInViewport({ ratio: 1 })
    // The address in the dialog wraps: all of it is there to read.
    const description = dialog.getByText(email)
    await expect(description).toBeVisible()
    await expect(isNotClipped(description)).resolves.toBe(true)
    // Centred like every dialog: as far from the top of the window as from its bottom.
    const box = (await dialog.boundingBox())!
    expect(Math.abs(box.y - (844 - box.y - box.height))).toBeLessThanOrEqual(2)
    expect(Math.abs(box.x - (width - box.x - box.width))).toBeLessThanOrEqual(2)
    await dialog.getByRole('button', { name: 'Cancel' }).click()
    await expect(dialog).toBeHidden()
  })
}

test('on a phone the header and navigation fit in 120 px, with the name cut short but whole to read', async ({
  page,
}) => {
  await page.setViewportSize({ width: 390, height: 844 })
  const { email } = await createLongUser(page)
  await signInWithLongName(page, email)

  expect(await frameHeight(page)).toBeLessThanOrEqual(120)
  await expect(signOutButton(page)).toBeInViewport({ ratio: 1 })
  await expect(signOutButton(page)).toHaveAccessibleName('Sign out')
  // The full name: for a screen reader in the header, for a pointer in the title.
  await expect(header(page).getByText(`Signed in as ${LONG_NAME}`)).toBeAttached()
  const shown = header(page).locator('[title]')
  await expect(shown).toHaveAttribute('title', LONG_NAME)
  // On screen it is cut short on one line, not wrapped over several.
  await expect(isNotClipped(shown)).resolves.toBe(false)

  // The tabs are one row that scrolls: the current one is brought into view, drawn by an
  // underline rather than the side bar of the desktop layout.
  await visitSettled(page, '/settings/users')
  const current = nav(page).getByRole('link', { name: 'Users' })
  await expect(current).toHaveAttribute('aria-current', 'page')
  await expect(current).toBeInViewport({ ratio: 1 })
  expect(await frameHeight(page)).toBeLessThanOrEqual(120)
  const shadow = await current.evaluate((element) => getComputedStyle(element).boxShadow)
  expect(shadow).toMatch(/ 0px -3px 0px 0px inset$/)

  await nav(page).getByRole('link', { name: 'Profile' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Profile' })).toBeVisible()
  await expect(nav(page).getByRole('link', { name: 'Profile' })).toBeInViewport({ ratio: 1 })
})

for (const locale of ['de', 'ar'] as const) {
  test(`the phone frame holds in ${locale === 'de' ? 'German' : 'Arabic'}`, async ({
    page,
    context,
    baseURL,
  }) => {
    await chooseLocale(context, baseURL!, locale)
    await page.setViewportSize({ width: 320, height: 844 })
    const { email } = await createLongUser(page)
    await signInAnyLanguage(page, email, STRONG_PASSWORD)
    for (const width of [320, 390]) {
      await page.setViewportSize({ width, height: 844 })
      for (const path of ['/settings/profile', '/settings/users']) {
        await visitSettled(page, path)
        await expectNoSidewaysScroll(page, `${path} at ${width} px`)
        expect(await frameHeight(page), `${path} at ${width} px`).toBeLessThanOrEqual(120)
        await expect(signOutButton(page)).toBeInViewport({ ratio: 1 })
        await expect(page.locator('nav.sidenav [aria-current="page"]')).toBeInViewport({
          ratio: 1,
        })
      }
    }
  })
}

test('in Arabic on a desktop the current page keeps its bar on the start side, the right', async ({
  page,
  context,
  baseURL,
}) => {
  await chooseLocale(context, baseURL!, 'ar')
  const { email } = await createLongUser(page)
  await signInAnyLanguage(page, email, STRONG_PASSWORD)
  const shadow = await page
    .locator('nav.sidenav [aria-current="page"]')
    .evaluate((element) => getComputedStyle(element).boxShadow)
  expect(shadow).toMatch(/ -3px 0px 0px 0px inset$/)
})

test('the brand link goes to the profile without reloading the app', async ({ page }) => {
  const { email } = await createLongUser(page)
  await signIn(page, email)
  await visitSettled(page, '/settings/password')
  // A full page load would start a new window object and lose this.
  await page.evaluate(() => Object.assign(window, { layoutSpecMarker: true }))
  await header(page).getByRole('link', { name: 'Account settings' }).click()
  await expect(page).toHaveURL(/\/settings\/profile$/)
  await expect(page.getByRole('heading', { level: 1, name: 'Profile' })).toBeVisible()
  expect(await page.evaluate(() => 'layoutSpecMarker' in window)).toBe(true)
})
