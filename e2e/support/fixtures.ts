import AxeBuilder from '@axe-core/playwright'
import { expect, test as base, type ConsoleMessage, type Page } from '@playwright/test'
import { DEV_TOOLS_HEADERS } from './dev-tools'

/** The seeded demo accounts' password, from the seed itself (through the server spawner). */
export { DEMO_PASSWORD } from '../../server/testing/spawn-server'
export const STRONG_PASSWORD = 'correct-horse-battery-staple-42'

let counter = 0
/** A unique address for an account that only this test uses. */
export const uniqueEmail = (prefix: string) => `${prefix}-${Date.now()}-${++counter}@example.com`

type CspWindow = Window & { __cspViolations?: string[] }
/** Chromium's console lines for a blocked action: older builds say "Refused to ...". */
const CSP_CONSOLE = /^Refused to |violates the following Content Security Policy directive/

/** What the pages of a context recorded in window.__cspViolations; a page stuck on a dialog says nothing. */
async function recordedViolations(pages: Page[]): Promise<string[]> {
  const read = (p: Page) =>
    p.evaluate(() => (window as CspWindow).__cspViolations ?? []).catch(() => [] as string[])
  const timeout = new Promise<string[]>((resolve) => setTimeout(() => resolve([]), 2000).unref())
  const lists = await Promise.all(
    pages.filter((p) => !p.isClosed()).map((p) => Promise.race([read(p), timeout])),
  )
  return lists.flat()
}

export const test = base.extend<{ pageErrors: string[]; cspViolations: string[] }>({
  /**
   * Every test fails when a page broke the server's Content-Security-Policy: the listener is
   * registered before any page script runs, and Chromium's console lines about the policy
   * cover violations on pages that navigated away before the end of the test.
   */
  cspViolations: [
    async ({ context }, use) => {
      await context.addInitScript(() => {
        const w = window as CspWindow
        w.__cspViolations = []
        document.addEventListener('securitypolicyviolation', (event) => {
          const where = event.sourceFile ? ` at ${event.sourceFile}:${event.lineNumber}` : ''
          w.__cspViolations!.push(
            `${event.effectiveDirective} blocked ${event.blockedURI || 'inline'}${where}`,
          )
        })
      })
      const violations: string[] = []
      const onConsole = (message: ConsoleMessage) => {
        if (CSP_CONSOLE.test(message.text())) violations.push(message.text())
      }
      context.on('console', onConsole)
      await use(violations)
      context.off('console', onConsole)
      violations.push(...(await recordedViolations(context.pages())))
      expect(violations, 'Content-Security-Policy violations').toEqual([])
    },
    { auto: true },
  ],

  /**
   * Every test fails when the page logged a console error or threw: an error the user never sees
   * is still a bug.
   */
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
    headers: DEV_TOOLS_HEADERS,
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
  await page.getByRole('button', { name: 'Sign in', exact: true }).click()
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
