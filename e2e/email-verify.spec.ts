import type { Page, Route } from '@playwright/test'
import { expectAnnounced } from './support/announcer'
import { createUser, expect, expectNoAxeViolations, signIn, test } from './support/fixtures'

/**
 * Confirming an unverified own address, in the browser. The local server can't create an
 * unverified account (POST /_dev/users always verifies, and server/ is not this spec's to
 * change), so the three answers that differ are stubbed here, shaped as PostHog sends them:
 * GET @me with is_email_verified false until the code is taken, request_email_verification,
 * and verify_email. What the server does with them is covered by server/email-verify.test.ts.
 */
const CODE = '246810'

async function stubUnverified(page: Page) {
  const state = { verified: false, sends: 0, codes: [] as string[] }
  await page.route('**/api/users/@me/', async (route: Route) => {
    if (route.request().method() !== 'GET') return route.fallback()
    const response = await route.fetch()
    const user = await response.json()
    await route.fulfill({ response, json: { ...user, is_email_verified: state.verified } })
  })
  await page.route('**/api/users/request_email_verification/', (route) => {
    state.sends++
    return route.fulfill({ json: { success: true } })
  })
  await page.route('**/api/users/verify_email/', (route) => {
    const { code } = route.request().postDataJSON() as { code: string }
    state.codes.push(code)
    if (code !== CODE)
      return route.fulfill({
        status: 400,
        json: {
          type: 'validation_error',
          code: 'invalid_code',
          detail: 'This code is invalid or has expired.',
          attr: 'code',
        },
      })
    state.verified = true
    return route.fulfill({ json: { success: true } })
  })
  return state
}

const codeField = (page: Page) => page.getByLabel('6-digit code')
const card = (page: Page) => page.getByRole('region', { name: 'Confirm your address' })

async function openAsUnverified(page: Page) {
  const email = await createUser(page, { prefix: 'email-verify' })
  await signIn(page, email)
  const state = await stubUnverified(page)
  await page.goto('/settings/email')
  await expect(page.getByRole('heading', { level: 1, name: 'Email' })).toBeVisible()
  return { email, state }
}

for (const colorScheme of ['light', 'dark'] as const) {
  test.describe(`${colorScheme} theme`, () => {
    test.use({ colorScheme })

    test('an unverified address is confirmed with a code, by keyboard, axe clean', async ({
      page,
    }) => {
      const { email, state } = await openAsUnverified(page)
      await expect(page.locator('.email-current .tag')).toHaveText('Not verified')
      await expect(card(page)).toContainText(`We'll email a 6-digit code to ${email}.`)
      await expectNoAxeViolations(page)

      await card(page).getByRole('button', { name: 'Email me a code' }).focus()
      await page.keyboard.press('Enter')
      await expect(codeField(page)).toBeFocused()
      await expectAnnounced(page, `We emailed a 6-digit code to ${email}.`)
      await expect(card(page).getByRole('button', { name: 'Resend code' })).toHaveAttribute(
        'aria-disabled',
        'true',
      )
      expect(state.sends).toBe(1)
      await expectNoAxeViolations(page)

      await page.keyboard.type('135791')
      await expect(codeField(page)).toHaveValue('')
      await expect(codeField(page)).toHaveAccessibleDescription(/That code isn't right/)
      await expect(codeField(page)).toBeFocused()
      await expectNoAxeViolations(page)

      await page.keyboard.type(`${CODE.slice(0, 3)} ${CODE.slice(3)}`)
      await expect(page.locator('.email-current .tag')).toHaveText('Verified')
      await expect(card(page)).toHaveCount(0)
      await expect(
        page.getByRole('heading', { name: 'Your email address', exact: true }),
      ).toBeFocused()
      await expect(page.getByRole('main').getByText(`${email} is confirmed.`)).toBeVisible()
      expect(state.codes).toEqual(['135791', CODE])
      await expectNoAxeViolations(page)
    })
  })
}
