import type { Page } from '@playwright/test'
import { routes } from '../src/config/paths'
import { expectAnnounced } from './support/announcer'
import { createUser, expect, signIn, STRONG_PASSWORD, test } from './support/fixtures'
import { visitSettled } from './support/locale'
import { addVirtualAuthenticator, passkeyBaseURL, withoutPasskeyAutofill } from './support/passkeys'

// Issue 17, "Done when": a new user in Chromium with a virtual authenticator adds a passkey, signs
// in with it alone, uses it as the second factor, and removes it, through the app's own pages
// only (the other passkey specs reach some states through the API). WebAuthn refuses an IP
// address as the relying party, so this runs on localhost.
test.use({ baseURL: passkeyBaseURL })

const passkeys = (page: Page) => page.getByRole('region', { name: 'Passkeys' })
const settingsNav = (page: Page) => page.getByRole('navigation', { name: 'Settings' })
const secondFactor = (page: Page) =>
  page.getByRole('switch', { name: 'Use passkeys as a second factor' })
const signInWithPasskey = (page: Page) =>
  page.getByRole('button', { name: 'Sign in with a passkey' })

async function signOut(page: Page) {
  await page.getByRole('button', { name: 'Sign out' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Sign in' })).toBeVisible()
}

test('a new user adds a passkey, signs in with it alone, uses it as the second factor, removes it', async ({
  page,
}) => {
  const email = await createUser(page, { prefix: 'passkey-journey' })
  const authenticator = await addVirtualAuthenticator(page)
  // The virtual authenticator would answer the email field's autofill by itself: the buttons here.
  await withoutPasskeyAutofill(page)
  await signIn(page, email)

  // Add: a name, then the browser's prompts (make it, then prove it at once).
  await visitSettled(page, routes.twoFactor)
  await passkeys(page).getByRole('textbox', { name: 'Name' }).fill('Work laptop')
  await passkeys(page).getByRole('button', { name: 'Add passkey' }).click()
  await expectAnnounced(
    page,
    'Passkey Work laptop added and verified. You can now sign in with it.',
  )
  expect(await authenticator.credentials()).toHaveLength(1)

  // Sign in with the passkey alone: no address, no password, no second step.
  await signOut(page)
  await signInWithPasskey(page).click()
  await expect(settingsNav(page)).toBeVisible()
  await expect(page).toHaveURL(new RegExp(`${routes.profile}$`))

  // Passkeys as the second factor: the password is then not enough.
  await visitSettled(page, routes.twoFactor)
  await secondFactor(page).click()
  await expect(secondFactor(page)).toBeChecked()
  await signOut(page)
  await page.getByLabel('Email').fill(email)
  await page.getByLabel('Password', { exact: true }).fill(STRONG_PASSWORD)
  await page.getByRole('button', { name: 'Sign in', exact: true }).click()
  await expect(
    page.getByRole('heading', { level: 1, name: 'Two-factor authentication' }),
  ).toBeVisible()
  await page.getByRole('button', { name: 'Use a passkey' }).click()
  await expect(settingsNav(page)).toBeVisible()

  // Remove it: the account has no passkey left, and the second factor goes with it.
  await visitSettled(page, routes.twoFactor)
  await passkeys(page).getByRole('button', { name: 'Delete Work laptop' }).click()
  await page
    .getByRole('dialog', { name: 'Delete Work laptop?' })
    .getByRole('button', { name: 'Delete passkey' })
    .click()
  await expectAnnounced(page, 'Work laptop was deleted.')
  await expect(passkeys(page).getByText('You have no passkeys yet.')).toBeVisible()
  await expect(secondFactor(page)).not.toBeChecked()

  // The authenticator still holds it, but the account no longer accepts it.
  await signOut(page)
  await signInWithPasskey(page).click()
  await expect(page.getByRole('alert')).toContainText("That passkey wasn't accepted.")
  await expect(page).toHaveURL(/\/login/)
  // The password alone works again: the passkey was the account's only second factor.
  await signIn(page, email)
})

test('passkey autofill: the email field offers the passkey, and picking it signs in', async ({
  page,
}) => {
  const email = await createUser(page, { prefix: 'passkey-autofill' })
  await addVirtualAuthenticator(page)
  await signIn(page, email)
  await visitSettled(page, routes.twoFactor)
  await passkeys(page).getByRole('textbox', { name: 'Name' }).fill('Phone')
  await passkeys(page).getByRole('button', { name: 'Add passkey' }).click()
  await expectAnnounced(page, 'Passkey Phone added and verified. You can now sign in with it.')

  await page.getByRole('button', { name: 'Sign out' }).click()
  // The field asks the browser for the account's passkeys among its suggestions...
  await expect(page.getByLabel('Email')).toHaveAttribute('autocomplete', 'username webauthn')
  // ...and the virtual authenticator picks the one it holds, as a person would from the list:
  // signed in with nothing typed and nothing pressed.
  await expect(settingsNav(page)).toBeVisible()
  await expect(page.getByLabel('Email')).toHaveCount(0)
})
