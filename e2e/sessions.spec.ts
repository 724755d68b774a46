import type { APIRequestContext, Browser, Locator, Page } from '@playwright/test'
import { routes } from '../src/config/paths'
import { expectAnnounced } from './support/announcer'
import { DEV_TOOLS_HEADERS } from './support/dev-tools'
import {
  createUser,
  expect,
  expectNoAxeViolations,
  signIn,
  STRONG_PASSWORD,
  test,
} from './support/fixtures'
import { chooseLocale, signInAnyLanguage, visitSettled } from './support/locale'
import { reauthenticate, waitUntilStale } from './support/reauth'
import { staleServerURL } from './support/servers'

const NEW_DEVICE_SUBJECT = 'A new device logged into your account'

const sessionsList = (page: Page) => page.getByRole('list', { name: 'Sessions' })
const sessionRows = (page: Page) => sessionsList(page).getByRole('listitem')

/** A second (or third) browser: a context of its own, so cookies of its own, signed in as `email`. */
async function anotherBrowser(browser: Browser, baseURL: string, email: string) {
  const context = await browser.newContext({ baseURL })
  const page = await context.newPage()
  await signIn(page, email)
  return { context, page }
}

async function openSessions(page: Page) {
  await visitSettled(page, routes.sessions)
  await expect(sessionsList(page)).toBeVisible()
}

/** The new-device mails the dev mailbox holds for `to`. */
async function newDeviceMails(request: APIRequestContext, to: string) {
  const response = await request.get('/_dev/mail.json', { headers: DEV_TOOLS_HEADERS })
  expect(response.ok()).toBe(true)
  const mails = (await response.json()) as { to: string; subject: string }[]
  return mails.filter((mail) => mail.to === to && mail.subject === NEW_DEVICE_SUBJECT).length
}

/** Presses Tab until `target` has focus (by keyboard alone), failing after `limit` presses. */
async function tabTo(page: Page, target: Locator, { back = false, limit = 40 } = {}) {
  for (let i = 0; i < limit; i++) {
    if (await target.evaluate((el) => el === document.activeElement)) return
    await page.keyboard.press(back ? 'Shift+Tab' : 'Tab')
  }
  await expect(target).toBeFocused()
}

test('two browsers: both listed, this one first; signing the other out sends it to sign-in', async ({
  page,
  browser,
  baseURL,
}) => {
  const email = await createUser(page, { prefix: 'sessions-two' })
  await signIn(page, email)
  const other = await anotherBrowser(browser, baseURL!, email)

  await openSessions(page)
  await expect(sessionRows(page)).toHaveCount(2)
  await expect(sessionRows(page).first()).toContainText('This device')
  await expect(sessionRows(page).first().getByRole('button')).toHaveCount(0)
  await expect(sessionRows(page).nth(1)).not.toContainText('This device')
  await expect(sessionRows(page).nth(1)).toContainText('Signed in withPassword')

  await sessionRows(page)
    .nth(1)
    .getByRole('button', { name: /^Sign out / })
    .click()
  const dialog = page.getByRole('dialog', { name: /^Sign out .+\?$/ })
  await expect(dialog).toContainText('Personal API keys keep working.')
  await dialog.getByRole('button', { name: 'Sign out', exact: true }).click()
  await expect(dialog).toBeHidden()
  await expect(sessionRows(page)).toHaveCount(1)
  await expectAnnounced(page, 'Signed out of that session.')
  await expect(page.getByRole('button', { name: 'Sign out all other sessions' })).toHaveAttribute(
    'aria-disabled',
    'true',
  )

  // The other browser learns at its next request: a click in its navigation lands on sign-in.
  await other.page
    .getByRole('navigation', { name: 'Settings' })
    .getByRole('link', { name: 'Sessions' })
    .click()
  await expect(other.page.getByRole('heading', { level: 1, name: 'Sign in' })).toBeVisible()
  await expect(other.page).toHaveURL(/\/login/)
  // This one is still signed in.
  await page.reload()
  await expect(sessionRows(page)).toHaveCount(1)
  await other.context.close()
})

test('three browsers: sign out all others from one, both others land on sign-in', async ({
  page,
  browser,
  baseURL,
}) => {
  const email = await createUser(page, { prefix: 'sessions-three' })
  await signIn(page, email)
  const second = await anotherBrowser(browser, baseURL!, email)
  const third = await anotherBrowser(browser, baseURL!, email)

  await openSessions(page)
  await expect(sessionRows(page)).toHaveCount(3)
  await page.getByRole('button', { name: 'Sign out all other sessions' }).click()
  const dialog = page.getByRole('dialog', { name: 'Sign out all other sessions?' })
  await dialog.getByRole('button', { name: 'Sign out others' }).click()
  await expect(dialog).toBeHidden()
  await expectAnnounced(page, 'Signed out of 2 other sessions.')
  await expect(sessionRows(page)).toHaveCount(1)
  await expect(page.getByText('No other sessions')).toBeVisible()

  for (const other of [second, third]) {
    await other.page.reload()
    await expect(other.page).toHaveURL(/\/login/)
    await other.context.close()
  }
})

test('the new-device mail: once for a new browser, not again for the same one', async ({
  page,
  browser,
  baseURL,
}) => {
  const email = await createUser(page, { prefix: 'sessions-mail' })
  expect(await newDeviceMails(page.request, email)).toBe(0)
  await signIn(page, email)
  await expect.poll(() => newDeviceMails(page.request, email)).toBe(1)

  // Signing out and in again in the same browser: it is a known device now.
  await page.getByRole('button', { name: 'Sign out', exact: true }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Sign in' })).toBeVisible()
  await signIn(page, email)
  expect(await newDeviceMails(page.request, email)).toBe(1)

  // Another browser is a new device.
  const other = await anotherBrowser(browser, baseURL!, email)
  await expect.poll(() => newDeviceMails(page.request, email)).toBe(2)
  await other.context.close()
})

test('by keyboard alone: to a session’s Sign out, through the dialog, focus kept', async ({
  page,
  browser,
  baseURL,
}) => {
  const email = await createUser(page, { prefix: 'sessions-keys' })
  await signIn(page, email)
  const other = await anotherBrowser(browser, baseURL!, email)
  await openSessions(page)

  // Cancel first: nothing happens and focus is back on the button.
  const signOut = sessionRows(page)
    .nth(1)
    .getByRole('button', { name: /^Sign out / })
  await tabTo(page, signOut)
  await page.keyboard.press('Enter')
  const dialog = page.getByRole('dialog', { name: /^Sign out .+\?$/ })
  await expect(dialog.getByRole('button', { name: 'Cancel' })).toBeFocused()
  await page.keyboard.press('Escape')
  await expect(dialog).toBeHidden()
  await expect(signOut).toBeFocused()
  await expect(sessionRows(page)).toHaveCount(2)

  await page.keyboard.press('Enter')
  await expect(dialog.getByRole('button', { name: 'Cancel' })).toBeFocused()
  await tabTo(page, dialog.getByRole('button', { name: 'Sign out', exact: true }), { back: true })
  await page.keyboard.press('Enter')
  await expect(dialog).toBeHidden()
  await expect(
    page.getByRole('heading', { level: 2, name: 'Where you’re signed in' }),
  ).toBeFocused()
  await expect(sessionRows(page)).toHaveCount(1)

  // The off button stays reachable and says why it is off.
  const all = page.getByRole('button', { name: 'Sign out all other sessions' })
  await tabTo(page, all)
  await page.keyboard.press('Enter')
  await expect(page.getByRole('dialog')).toHaveCount(0)
  await other.context.close()
})

test('axe: the page and its dialog in light and dark', async ({ page, browser, baseURL }) => {
  const email = await createUser(page, { prefix: 'sessions-axe' })
  await signIn(page, email)
  const other = await anotherBrowser(browser, baseURL!, email)
  await openSessions(page)
  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme })
    await expectNoAxeViolations(page)
    await page.getByRole('button', { name: 'Sign out all other sessions' }).click()
    await expect(page.getByRole('dialog')).toBeVisible()
    await expectNoAxeViolations(page)
    await page.keyboard.press('Escape')
    await expect(page.getByRole('dialog')).toHaveCount(0)
  }
  await other.context.close()
})

test('in Arabic: right to left, translated, and axe-clean', async ({ page, context, baseURL }) => {
  const email = await createUser(page, { prefix: 'sessions-ar' })
  await chooseLocale(context, baseURL!, 'ar')
  await signInAnyLanguage(page, email, STRONG_PASSWORD)
  await visitSettled(page, routes.sessions)
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl')
  await expect(page.getByRole('list', { name: 'الجلسات' })).toBeVisible()
  await expect(page.getByText('هذا الجهاز')).toBeVisible()
  await expectNoAxeViolations(page)
})

test.describe('a stale session', () => {
  test.use({ baseURL: staleServerURL })

  test('signing another browser out asks who you are first, then goes on', async ({
    page,
    browser,
  }) => {
    const email = await createUser(page, { prefix: 'sessions-stale' })
    await signIn(page, email)
    const other = await anotherBrowser(browser, staleServerURL, email)
    await openSessions(page)
    await expect(sessionRows(page)).toHaveCount(2)
    await waitUntilStale(page, 'sensitive_session_expires_at')

    await page.getByRole('button', { name: 'Sign out all other sessions' }).click()
    const dialog = page.getByRole('dialog', { name: 'Sign out all other sessions?' })
    await dialog.getByRole('button', { name: 'Sign out others' }).click()
    await reauthenticate(page)
    await expect(dialog).toBeHidden()
    await expectAnnounced(page, 'Signed out of 1 other session.')
    await other.page.reload()
    await expect(other.page).toHaveURL(/\/login/)
    await other.context.close()
  })
})
