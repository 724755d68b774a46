import AxeBuilder from '@axe-core/playwright'
import { expect, test as base, type Page } from '@playwright/test'

export const DEMO_PASSWORD = 'hedgehogs-sleep-all-winter'
export const STRONG_PASSWORD = 'correct-horse-battery-staple-42'

let counter = 0
/** A unique address for an account that only this test uses. */
export const uniqueEmail = (prefix: string) => `${prefix}-${Date.now()}-${++counter}@example.com`

/**
 * Every test fails when the page logged a console error or threw: an error the user never sees
 * is still a bug.
 */
export const test = base.extend<{ pageErrors: string[] }>({
  pageErrors: [
    async ({ page }, use) => {
      const errors: string[] = []
      page.on('console', (message) => {
        // A failed request logs "Failed to load resource" in Chromium; tests that provoke 4xx/5xx assert those themselves.
        if (message.type() === 'error' && !message.text().startsWith('Failed to load resource'))
          errors.push(message.text())
      })
      page.on('pageerror', (error) => errors.push(error.message))
      await use(errors)
      expect(errors, 'console errors on the page').toEqual([])
    },
    { auto: true },
  ],
})
export { expect }

/** Creates an account on the local server (POST /_dev/users) and returns its email. */
export async function createUser(
  page: Page,
  options: { prefix?: string; organization?: boolean; is_staff?: boolean } = {},
) {
  const email = uniqueEmail(options.prefix ?? 'user')
  const response = await page.request.post('/_dev/users', {
    data: {
      email,
      password: STRONG_PASSWORD,
      organization: options.organization ?? true,
      is_staff: options.is_staff ?? false,
    },
  })
  expect(response.status()).toBe(201)
  return email
}

/** Signs in through the sign-in page and waits for the settings. */
export async function signIn(page: Page, email: string, password = STRONG_PASSWORD) {
  await page.goto('/login')
  await page.getByLabel('Email').fill(email)
  await page.getByLabel('Password', { exact: true }).fill(password)
  await page.getByRole('button', { name: 'Sign in' }).click()
  await expect(page.getByRole('navigation', { name: 'Settings' })).toBeVisible()
}

/** WCAG 2.2 AA through axe: no violations on what is on screen now. */
export async function expectNoAxeViolations(page: Page) {
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
    .analyze()
  const summary = results.violations.map(
    (v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`,
  )
  expect(summary).toEqual([])
}
