import type { Page } from '@playwright/test'
import { expect, STRONG_PASSWORD, test } from './support/fixtures'
import { expectAnnounced } from './support/announcer'
import { DEV_TOOLS_HEADERS } from './support/dev-tools'

const ORIGINAL = STRONG_PASSWORD
const NEW_PASSWORD = 'velvet-otters-juggle-seven-lanterns'

async function signIn(page: Page, email: string, password: string) {
  await page.goto('/login')
  await page.getByLabel('Email').fill(email)
  await page.getByLabel('Password', { exact: true }).fill(password)
  await page.getByRole('button', { name: 'Sign in', exact: true }).click()
}

async function openPasswordPage(page: Page) {
  await page
    .getByRole('navigation', { name: 'Settings' })
    .getByRole('link', { name: 'Password' })
    .click()
  await expect(page).toHaveURL(/\/settings\/password$/)
  await expect(page.getByRole('heading', { level: 1, name: 'Password' })).toBeVisible()
  await expect(page).toHaveTitle(/^Password · /)
}

const current = (page: Page) => page.getByLabel('Current password', { exact: true })
const newPassword = (page: Page) => page.getByLabel('New password', { exact: true })
const confirm = (page: Page) => page.getByLabel('Confirm new password', { exact: true })
const save = (page: Page) => page.getByRole('button', { name: 'Change password' })

test('changing the password: wrong current one, a weak new one, then a strong one that signs in', async ({
  page,
  request,
}) => {
  const email = `password-${Date.now()}@example.com`
  const created = await request.post('/_dev/users', {
    headers: DEV_TOOLS_HEADERS,
    data: { email, password: ORIGINAL, organization: false },
  })
  expect(created.status()).toBe(201)
  await signIn(page, email, ORIGINAL)
  await expect(page).toHaveURL(/\/settings\/profile$/)
  await openPasswordPage(page)

  await expect(current(page)).toHaveAttribute('autocomplete', 'current-password')
  await expect(newPassword(page)).toHaveAttribute('autocomplete', 'new-password')
  await expect(
    page.getByText(
      'Saving signs you out on your other devices and browsers; you stay signed in here.',
    ),
  ).toBeVisible()

  // A wrong current password: PostHog's own message, under that field.
  await current(page).fill('not-my-password')
  await newPassword(page).fill(NEW_PASSWORD)
  await confirm(page).fill(NEW_PASSWORD)
  await save(page).click()
  await expect(current(page)).toHaveAccessibleDescription('Your current password is incorrect.')
  await expect(current(page)).toBeFocused()
  await expect(newPassword(page)).toHaveValue(NEW_PASSWORD)

  // A weak one: the meter says so, and the server refuses it under "New password".
  await current(page).fill(ORIGINAL)
  await newPassword(page).fill('password123')
  await confirm(page).fill('password123')
  await expect(page.getByText(/^Strength: (Very weak|Weak)\.$/)).toBeVisible()
  await expect(page.getByText('Not strong enough yet.')).toBeVisible()
  await expect(page.getByRole('meter')).toBeVisible()
  await save(page).click()
  await expect(newPassword(page)).toHaveAccessibleDescription(
    /This password is too easy to guess\./,
  )
  await expect(current(page)).not.toHaveAttribute('aria-invalid', 'true')

  // A strong one is accepted.
  await newPassword(page).fill(NEW_PASSWORD)
  await confirm(page).fill(NEW_PASSWORD)
  await expect(page.getByText('Strong enough.')).toBeVisible()
  await save(page).click()
  await expect(page.getByRole('main').getByText('Password changed.')).toBeVisible()
  await expectAnnounced(page, 'Password changed.')
  await expect(newPassword(page)).toHaveValue('')
  await expect(save(page)).toBeDisabled()

  // Sign out, then in again with the new password.
  await page.getByRole('button', { name: 'Sign out' }).click()
  await expect(page).toHaveURL(/\/login$/)
  await signIn(page, email, NEW_PASSWORD)
  await expect(page).toHaveURL(/\/settings\/profile$/)
})
