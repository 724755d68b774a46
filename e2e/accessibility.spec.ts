import { DEMO_PASSWORD, expect, expectNoAxeViolations, signIn, test } from './support/fixtures'

const settingsPages = [
  { path: '/settings/profile', heading: 'Profile' },
  { path: '/settings/email', heading: 'Email' },
  { path: '/settings/password', heading: 'Password' },
  { path: '/settings/two-factor', heading: 'Two-factor authentication' },
  { path: '/settings/sessions', heading: 'Sessions' },
  { path: '/settings/personal-api-keys', heading: 'Personal API keys' },
  { path: '/settings/notifications', heading: 'Notifications' },
  { path: '/settings/appearance', heading: 'Appearance' },
  { path: '/settings/danger-zone', heading: 'Danger zone' },
  { path: '/settings/users', heading: 'Users' },
  { path: '/settings/nowhere', heading: 'Page not found' },
]

for (const colorScheme of ['light', 'dark'] as const) {
  test.describe(`axe, ${colorScheme} theme`, () => {
    test.use({ colorScheme })

    test('the sign-in page', async ({ page }) => {
      await page.goto('/login')
      await expect(page.getByRole('heading', { level: 1, name: 'Sign in' })).toBeVisible()
      await expectNoAxeViolations(page)
    })

    test('the forgot-password page', async ({ page }) => {
      await page.goto('/reset')
      await expect(
        page.getByRole('heading', { level: 1, name: 'Reset your password' }),
      ).toBeVisible()
      await expectNoAxeViolations(page)
    })

    test('every settings page, with one h1 each', async ({ page }) => {
      // Grace is staff, so the Users page is reachable too.
      await signIn(page, 'grace@example.com', DEMO_PASSWORD)
      for (const { path, heading } of settingsPages) {
        await page.goto(path)
        await expect(page.getByRole('heading', { level: 1, name: heading })).toBeVisible()
        await expect(page.getByRole('heading', { level: 1 })).toHaveCount(1)
        await expect(page.locator('[aria-busy="true"]')).toHaveCount(0)
        await expectNoAxeViolations(page)
      }
    })
  })
}
