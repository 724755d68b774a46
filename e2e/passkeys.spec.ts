import type { Locator, Page } from '@playwright/test'
import { routes } from '../src/config/paths'
import { expectAnnounced } from './support/announcer'
import { createUser, expect, expectNoAxeViolations, signIn, test } from './support/fixtures'
import { chooseLocale, visitSettled } from './support/locale'
import { addVirtualAuthenticator, passkeyBaseURL } from './support/passkeys'
import { reauthenticate, waitUntilStale } from './support/reauth'
import { stalePort } from './support/servers'

// WebAuthn refuses an IP address as the relying party: these journeys run on localhost.
test.use({ baseURL: passkeyBaseURL })

const card = (page: Page) => page.getByRole('region', { name: 'Passkeys' })
const list = (page: Page) => page.getByRole('list', { name: 'Your passkeys' })
const row = (page: Page, name: string) =>
  list(page)
    .getByRole('listitem')
    .filter({ has: page.getByRole('heading', { name, exact: true }) })
const secondFactor = (page: Page) =>
  page.getByRole('switch', { name: 'Use passkeys as a second factor' })
/** The status card's "Method" fact, above the passkeys. */
const method = (page: Page) => page.locator('dl.facts > div').filter({ hasText: 'Method' })

async function openTwoFactor(page: Page, prefix: string) {
  const email = await createUser(page, { prefix })
  await signIn(page, email)
  await visitSettled(page, routes.twoFactor)
  await expect(card(page).getByRole('textbox', { name: 'Name' })).toBeVisible()
  return email
}

async function addPasskey(page: Page, name: string) {
  await card(page).getByRole('textbox', { name: 'Name' }).fill(name)
  await card(page).getByRole('button', { name: 'Add passkey' }).click()
  await expectAnnounced(page, `Passkey ${name} added and verified. You can now sign in with it.`)
  await expect(row(page, name)).toContainText('Verified')
}

/** Presses Tab until `target` has focus (by keyboard alone), failing after `limit` presses. */
async function tabTo(page: Page, target: Locator, { back = false, limit = 40 } = {}) {
  for (let i = 0; i < limit; i++) {
    if (await target.evaluate((el) => el === document.activeElement)) return
    await page.keyboard.press(back ? 'Shift+Tab' : 'Tab')
  }
  await expect(target).toBeFocused()
}

test('add a named passkey: the authenticator holds it and the list says verified; rename it', async ({
  page,
}) => {
  await openTwoFactor(page, 'passkeys-add')
  const authenticator = await addVirtualAuthenticator(page)
  await expect(card(page).getByText('You have no passkeys yet.')).toBeVisible()
  await addPasskey(page, 'Work laptop')
  expect(await authenticator.credentials()).toHaveLength(1)
  await expect(row(page, 'Work laptop')).toContainText('Built into a device')
  await expect(card(page).getByRole('textbox', { name: 'Name' })).toHaveValue('')

  await row(page, 'Work laptop').getByRole('button', { name: 'Rename Work laptop' }).click()
  const field = row(page, 'Work laptop').getByRole('textbox', { name: 'Name' })
  await field.fill('Home laptop')
  await row(page, 'Work laptop').getByRole('button', { name: 'Save name' }).click()
  await expectAnnounced(page, 'Passkey renamed to Home laptop.')
  await expect(row(page, 'Home laptop')).toBeVisible()
  // The name is the server's now, not just the page's.
  await page.reload()
  await expect(row(page, 'Home laptop')).toContainText('Verified')
})

test('a refused prompt says nothing changed, keeps the name, and the list is unchanged', async ({
  page,
}) => {
  await openTwoFactor(page, 'passkeys-refused')
  const authenticator = await addVirtualAuthenticator(page)
  await addPasskey(page, 'Phone')
  await authenticator.refuse()
  const name = card(page).getByRole('textbox', { name: 'Name' })
  await name.fill('Second')
  await card(page).getByRole('button', { name: 'Add passkey' }).click()
  await expect(card(page).getByRole('alert')).toHaveText(
    'The passkey prompt was closed or timed out, so nothing changed.',
  )
  await expect(name).toHaveValue('Second')
  await expect(list(page).getByRole('listitem')).toHaveCount(1)
  expect(await authenticator.credentials()).toHaveLength(1)
  await page.reload()
  await expect(list(page).getByRole('listitem')).toHaveCount(1)
})

test('passkeys as the second factor: the status card says Passkey; deleting the last one ends it', async ({
  page,
}) => {
  await openTwoFactor(page, 'passkeys-2fa')
  await addVirtualAuthenticator(page)
  await expect(secondFactor(page)).toBeDisabled()
  await addPasskey(page, 'Laptop')
  await expect(secondFactor(page)).toBeEnabled()
  await secondFactor(page).click()
  await expectAnnounced(
    page,
    'Passkeys are now your second factor. Other browsers were signed out.',
  )
  await expect(secondFactor(page)).toBeChecked()
  await expect(method(page)).toContainText('Passkey')

  await row(page, 'Laptop').getByRole('button', { name: 'Delete Laptop' }).click()
  const dialog = page.getByRole('dialog', { name: 'Delete Laptop?' })
  await expect(dialog).toContainText('This passkey can no longer sign you in.')
  await expect(dialog).toContainText('It is your last verified passkey')
  await dialog.getByRole('button', { name: 'Delete passkey' }).click()
  await expectAnnounced(page, 'Laptop was deleted.')
  await expect(card(page).getByText('You have no passkeys yet.')).toBeVisible()
  await expect(secondFactor(page)).not.toBeChecked()
  await expect(secondFactor(page)).toBeDisabled()
  await expect(method(page)).toContainText('None')
})

test('keyboard only: add, rename and delete a passkey', async ({ page }) => {
  await openTwoFactor(page, 'passkeys-keyboard')
  await addVirtualAuthenticator(page)
  await page.getByRole('heading', { level: 1 }).focus()
  const name = card(page).getByRole('textbox', { name: 'Name' })
  await tabTo(page, name)
  await page.keyboard.type('Desk key')
  await page.keyboard.press('Enter')
  await expectAnnounced(page, 'Passkey Desk key added and verified. You can now sign in with it.')

  const rename = row(page, 'Desk key').getByRole('button', { name: 'Rename Desk key' })
  await tabTo(page, rename, { back: true })
  await page.keyboard.press('Enter')
  // The field takes focus with its name selected: typing replaces it.
  await expect(row(page, 'Desk key').getByRole('textbox', { name: 'Name' })).toBeFocused()
  await page.keyboard.type('Desk')
  await page.keyboard.press('Enter')
  await expectAnnounced(page, 'Passkey renamed to Desk.')
  await expect(row(page, 'Desk').getByRole('button', { name: 'Rename Desk' })).toBeFocused()

  await page.keyboard.press('Tab')
  await expect(row(page, 'Desk').getByRole('button', { name: 'Delete Desk' })).toBeFocused()
  await page.keyboard.press('Enter')
  const dialog = page.getByRole('dialog', { name: 'Delete Desk?' })
  await expect(dialog.getByRole('button', { name: 'Cancel' })).toBeFocused()
  await page.keyboard.press('Shift+Tab')
  await expect(dialog.getByRole('button', { name: 'Delete passkey' })).toBeFocused()
  await page.keyboard.press('Enter')
  await expectAnnounced(page, 'Desk was deleted.')
  await expect(card(page).getByText('You have no passkeys yet.')).toBeVisible()
  await expect(card(page).getByRole('heading', { name: 'Passkeys' })).toBeFocused()
})

test.describe('an old session', () => {
  // The short-session server, under a host name for WebAuthn as well.
  test.use({ baseURL: `http://localhost:${stalePort}` })

  test('turning passkeys on as the second factor asks who you are first, then saves', async ({
    page,
  }) => {
    await openTwoFactor(page, 'passkeys-stale')
    await addVirtualAuthenticator(page)
    await addPasskey(page, 'Laptop')
    await waitUntilStale(page, 'sensitive_session_expires_at')
    await secondFactor(page).click()
    await reauthenticate(page)
    await expectAnnounced(
      page,
      'Passkeys are now your second factor. Other browsers were signed out.',
    )
    await expect(secondFactor(page)).toBeChecked()
    await expect(method(page)).toContainText('Passkey')
  })
})

for (const colorScheme of ['light', 'dark'] as const) {
  test.describe(`axe, ${colorScheme} theme`, () => {
    test.use({ colorScheme })

    test('the section with a passkey listed, and its delete dialog', async ({ page }) => {
      await openTwoFactor(page, `passkeys-axe-${colorScheme}`)
      await addVirtualAuthenticator(page)
      await addPasskey(page, 'Laptop')
      await expectNoAxeViolations(page)
      await row(page, 'Laptop').getByRole('button', { name: 'Rename Laptop' }).click()
      await expectNoAxeViolations(page)
      await page.keyboard.press('Escape')
      await row(page, 'Laptop').getByRole('button', { name: 'Delete Laptop' }).click()
      await expect(page.getByRole('dialog')).toBeVisible()
      await expectNoAxeViolations(page)
    })
  })
}

test('in Arabic: right to left, translated, and axe-clean with a passkey listed', async ({
  page,
  context,
}) => {
  await openTwoFactor(page, 'passkeys-ar')
  await addVirtualAuthenticator(page)
  await addPasskey(page, 'Laptop')
  await chooseLocale(context, passkeyBaseURL, 'ar')
  await visitSettled(page, routes.twoFactor)
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl')
  await expect(page.getByRole('list', { name: 'مفاتيح المرور الخاصة بك' })).toContainText('Laptop')
  await expect(page.getByRole('button', { name: 'إضافة مفتاح المرور' })).toBeVisible()
  await expectNoAxeViolations(page)
})
