import type { Page } from '@playwright/test'
import { DEMO_PASSWORD, expect, test } from './support/fixtures'

// The issue is about the demo accounts: Ada (member), Grace (staff), Alan (no organization),
// all signing in with the seeded DEMO_PASSWORD.

/** The value (<dd>) of a row of the detail page's description list. */
const detail = (page: Page, term: string) => page.locator(`dt:text-is("${term}") + dd`)

async function signIn(page: Page, email: string) {
  await page.goto('/login')
  await page.getByLabel('Email').fill(email)
  await page.getByLabel('Password', { exact: true }).fill(DEMO_PASSWORD)
  await page.getByRole('button', { name: 'Sign in', exact: true }).click()
  await expect(page).toHaveURL(/\/settings\/profile$/)
}

test('a non-staff user sees no Users page', async ({ page }) => {
  await signIn(page, 'ada@example.com')
  const nav = page.getByRole('navigation', { name: 'Settings' })
  await expect(nav.getByRole('link', { name: 'Profile' })).toBeVisible()
  await expect(nav.getByRole('link', { name: 'Users' })).toHaveCount(0)

  await page.goto('/settings/users')
  await expect(page).toHaveURL(/\/settings\/profile$/)
  await page.goto('/settings/users?staff=true')
  await expect(page).toHaveURL(/\/settings\/profile$/)
})

test('staff list, filter and open users', async ({ page }) => {
  await signIn(page, 'grace@example.com')
  await page
    .getByRole('navigation', { name: 'Settings' })
    .getByRole('link', { name: 'Users' })
    .click()
  await expect(page).toHaveURL(/\/settings\/users$/)
  await expect(page.getByRole('heading', { level: 1, name: 'Users' })).toBeVisible()
  await expect(page).toHaveTitle(/^Users · /)

  const table = page.getByRole('table', { name: 'Users' })
  for (const email of ['ada@example.com', 'grace@example.com', 'alan@example.com']) {
    await expect(table.getByRole('link', { name: email })).toBeVisible()
  }
  await expect(page.getByText(/^Showing 1–\d+ of \d+ users?$/)).toBeVisible()

  // Staff only: Grace is there, the other demo users are not.
  await page.getByLabel('Staff').selectOption({ label: 'Staff only' })
  await expect(page).toHaveURL(/\?staff=true$/)
  await expect(table.getByRole('link', { name: 'grace@example.com' })).toBeVisible()
  await expect(table.getByRole('link', { name: 'ada@example.com' })).toHaveCount(0)
  await expect(table.getByRole('link', { name: 'alan@example.com' })).toHaveCount(0)
  await expect(table).not.toHaveAttribute('aria-busy', 'true')

  // Back undoes the filter; a reload keeps it.
  await page.goBack()
  await expect(page.getByLabel('Staff')).toHaveValue('all')
  await expect(table.getByRole('link', { name: 'ada@example.com' })).toBeVisible()

  // Typing filters the loaded page at once: partial, any case, name or email, no request.
  const field = page.getByLabel('Name or email')
  await expect(field).toHaveAccessibleDescription(
    /PostHog’s email filter matches the exact address/,
  )
  await field.fill('ada')
  await expect(table.getByRole('link', { name: 'ada@example.com' })).toBeVisible()
  await expect(table.getByRole('link', { name: 'grace@example.com' })).toHaveCount(0)
  await expect(page.getByText(/^1 user on this page matches “ada”/)).toBeVisible()
  await field.fill('LOVELACE')
  await expect(table.getByRole('link', { name: 'ada@example.com' })).toBeVisible()
  await expect(table.getByRole('row')).toHaveCount(2)
  await expect(page).toHaveURL(/\/settings\/users$/)
  await field.fill('nobody-here')
  await expect(page.getByText(/^No user on this page has “nobody-here”/)).toBeVisible()
  await expect(page.getByRole('table', { name: 'Users' })).toHaveCount(0)

  // Search asks the server, whose email filter is exact.
  await page.getByLabel('Name or email').fill('alan')
  await page.getByRole('button', { name: 'Search' }).click()
  await expect(page.getByText('No users found')).toBeVisible()
  await page.getByLabel('Name or email').fill('alan@example.com')
  await page.getByRole('button', { name: 'Search' }).click()
  await expect(page).toHaveURL(/\?email=alan%40example\.com$/)
  await expect(page.getByText('Showing 1–1 of 1 user')).toBeVisible()
  await page.reload()
  await expect(page.getByLabel('Name or email')).toHaveValue('alan@example.com')
  await expect(table.getByRole('row')).toHaveCount(2)

  // Alan's detail, and back to the filtered list.
  await table.getByRole('link', { name: 'alan@example.com' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'User' })).toBeVisible()
  await expect(page.getByRole('heading', { level: 2, name: 'Alan Turing' })).toBeVisible()
  await expect(detail(page, 'Email')).toHaveText('alan@example.com')
  await expect(detail(page, 'Staff')).toHaveText('No')
  await expect(detail(page, 'Organizations')).toHaveText('None')
  await expect(detail(page, 'Role')).toHaveText('Other')
  await page.getByRole('link', { name: 'Back to users' }).click()
  await expect(page).toHaveURL(/\/settings\/users\?email=alan%40example\.com$/)
})

test('an unknown user ID says so', async ({ page }) => {
  await signIn(page, 'grace@example.com')
  await page.goto('/settings/users/00000000-0000-0000-0000-000000000000')
  await expect(page.getByRole('heading', { name: 'No user with this ID' })).toBeVisible()
  await expect(page.getByRole('link', { name: 'Back to users' })).toBeVisible()
})
