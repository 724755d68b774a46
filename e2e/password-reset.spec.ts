import type { APIRequestContext, Locator, Page } from '@playwright/test'
import { DEV_TOOLS_HEADERS } from './support/dev-tools'
import {
  createUser,
  expect,
  expectNoAxeViolations,
  signIn,
  STRONG_PASSWORD,
  test,
} from './support/fixtures'
import { chooseLocale, settled } from './support/locale'

// Issue 16, point 1: forget the password, follow the mailed link, choose a new one; every
// session is signed out, a used or expired link says so.

const NEW_PASSWORD = 'velvet-harbour-lanterns-drift-71'
const SUBJECT = 'Reset your PostHog password'

interface Mail {
  to: string
  subject: string
  text: string
}

/** The reset link's path from the newest reset mail to `to`, once `count` have come. */
async function resetLink(request: APIRequestContext, to: string, count = 1): Promise<string> {
  const mails = async () => {
    const response = await request.get('/_dev/mail.json', { headers: DEV_TOOLS_HEADERS })
    expect(response.ok()).toBe(true)
    return ((await response.json()) as Mail[]).filter((m) => m.to === to && m.subject === SUBJECT)
  }
  await expect.poll(async () => (await mails()).length, { timeout: 10_000 }).toBe(count)
  const link = /https?:\/\/\S+\/reset\/\S+/.exec((await mails())[0]!.text)?.[0]
  expect(link, 'the mail carries the reset link').toBeTruthy()
  return new URL(link!).pathname
}

/** A link to the reset page minted by the dev tool, `ageSeconds` old. */
async function mintedLink(request: APIRequestContext, email: string, ageSeconds = 0) {
  const response = await request.post('/_dev/password-reset-token', {
    headers: DEV_TOOLS_HEADERS,
    data: { email, age_seconds: ageSeconds },
  })
  expect(response.ok()).toBe(true)
  return ((await response.json()) as { path: string }).path
}

const newPassword = (page: Page) => page.getByLabel('New password', { exact: true })
const confirmPassword = (page: Page) => page.getByLabel('Confirm new password', { exact: true })
const changeButton = (page: Page) =>
  page.getByRole('button', { name: 'Change password and sign out everywhere' })
const invalidHeading = (page: Page) =>
  page.getByRole('heading', { level: 1, name: "This reset link doesn't work" })

async function askForLink(page: Page, email: string) {
  await page.getByLabel('Email').fill(email)
  await page.getByRole('button', { name: 'Send reset link' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Check your email' })).toBeFocused()
  await expect(page.getByText(/If an account exists for .*, we've sent it a link/)).toBeVisible()
}

test('forgot password: the mailed link, a weak then a strong password, every session signed out', async ({
  page,
  browser,
  request,
}) => {
  const email = await createUser(page, { prefix: 'reset' })

  // Another browser, signed in: it can open the reset pages too, and is signed out afterwards.
  const other = await browser.newContext()
  const otherPage = await other.newPage()
  await signIn(otherPage, email)
  await otherPage.goto('/reset')
  await expect(
    otherPage.getByRole('heading', { level: 1, name: 'Reset your password' }),
  ).toBeVisible()

  await page.goto('/login')
  await page.getByRole('link', { name: 'Forgot password?' }).click()
  await expect(page).toHaveURL(/\/reset$/)
  await askForLink(page, email)
  const link = await resetLink(request, email)

  await page.goto(link)
  await expect(page.getByRole('heading', { level: 1, name: 'Choose a new password' })).toBeVisible()
  await expect(page.getByText(/signs you out on every device/)).toBeVisible()

  // Long enough for the client, too easy to guess for the server: refused, input kept.
  await newPassword(page).fill('password123')
  await confirmPassword(page).fill('password123')
  await expect(page.getByText(/Not strong enough yet/)).toBeVisible()
  await changeButton(page).click()
  await expect(page.getByText(/This password is too easy to guess/)).toBeVisible()
  await expect(newPassword(page)).toHaveAttribute('aria-invalid', 'true')
  await expect(newPassword(page)).toHaveValue('password123')

  await newPassword(page).fill(NEW_PASSWORD)
  await confirmPassword(page).fill(NEW_PASSWORD)
  await changeButton(page).click()
  await expect(page).toHaveURL(/\/login/)
  const notice = 'Your password was changed. Sign in with your new password.'
  await expect(page.locator('main p.notice[role="status"]')).toHaveText(notice)
  await expect(page.getByLabel('Email')).toHaveValue(email)

  // The other browser's session is gone: its next navigation lands on sign-in.
  await otherPage.goto('/settings/profile')
  await expect(otherPage).toHaveURL(/\/login/)
  await expect(otherPage.getByRole('heading', { level: 1, name: 'Sign in' })).toBeVisible()
  await other.close()

  // The old password no longer works; the new one does.
  await page.getByLabel('Password', { exact: true }).fill(STRONG_PASSWORD)
  await page.getByRole('button', { name: 'Sign in', exact: true }).click()
  await expect(page.getByRole('alert')).toContainText("don't match an account")
  await page.getByLabel('Password', { exact: true }).fill(NEW_PASSWORD)
  await page.getByRole('button', { name: 'Sign in', exact: true }).click()
  await expect(page.getByRole('navigation', { name: 'Settings' })).toBeVisible()

  // The link worked once.
  await page.goto(link)
  await expect(invalidHeading(page)).toBeVisible()
})

test('an expired link says so and leads to a new one', async ({ page, request }) => {
  const email = await createUser(page, { prefix: 'reset-expired' })
  await page.goto(await mintedLink(request, email, 86_400 + 60))
  await expect(invalidHeading(page)).toBeVisible()
  await expect(page.getByText(/invalid or has expired/)).toBeVisible()
  await expect(newPassword(page)).toHaveCount(0)
  await page.getByRole('link', { name: 'Request a new link' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Reset your password' })).toBeVisible()
})

/** Presses Tab until `target` has focus (at most 20 times), as a keyboard user would. */
async function tabTo(page: Page, target: Locator) {
  for (let i = 0; i < 20; i++) {
    if (await target.evaluate((el) => el === document.activeElement)) return
    await page.keyboard.press('Tab')
  }
  await expect(target).toBeFocused()
}

test('keyboard only: ask for a link, then choose a new password', async ({ page, request }) => {
  const email = await createUser(page, { prefix: 'reset-keys' })
  await page.goto('/login')
  await tabTo(page, page.getByRole('link', { name: 'Forgot password?' }))
  await page.keyboard.press('Enter')
  await expect(page).toHaveURL(/\/reset$/)
  await tabTo(page, page.getByLabel('Email'))
  await page.keyboard.type(email)
  await page.keyboard.press('Enter')
  await expect(page.getByRole('heading', { level: 1, name: 'Check your email' })).toBeFocused()

  await page.goto(await resetLink(request, email))
  await tabTo(page, newPassword(page))
  await page.keyboard.type(NEW_PASSWORD)
  await tabTo(page, confirmPassword(page))
  await page.keyboard.type(`${NEW_PASSWORD}x`)
  await page.keyboard.press('Enter')
  await expect(page.getByText(/The passwords don't match/)).toBeVisible()
  await expect(confirmPassword(page)).toBeFocused()
  await page.keyboard.press('Backspace')
  await tabTo(page, changeButton(page))
  await page.keyboard.press('Enter')
  await expect(page).toHaveURL(/\/login/)
  await expect(page.locator('main p.notice')).toContainText('Your password was changed.')
})

/** The forgot page, the reset form, its invalid state and the confirmation, each through axe. */
async function axeOnEveryState(page: Page, request: APIRequestContext, email: string) {
  await page.goto('/reset')
  await settled(page)
  await expectNoAxeViolations(page)
  await page.locator('main input[type="email"]').fill(email)
  await page.locator('main button[type="submit"]').click()
  await expect(page.locator('main h1')).toBeFocused()
  await expectNoAxeViolations(page)

  await page.goto(await mintedLink(request, email))
  await expect(page.locator('main input[autocomplete="new-password"]').first()).toBeVisible()
  await page.locator('main input[autocomplete="new-password"]').first().fill('password123')
  await expect(page.locator('.strength meter')).toBeVisible()
  await expectNoAxeViolations(page)

  await page.goto('/reset/0190a4c2-7f3e-7a31-9e0f-4a2f5f3c1d2e/not-a-token')
  await expect(page.locator('main a[href="/reset"]')).toBeVisible()
  await expectNoAxeViolations(page)
}

for (const colorScheme of ['light', 'dark'] as const) {
  test(`axe on the reset pages, ${colorScheme} theme`, async ({ page, request }) => {
    await page.emulateMedia({ colorScheme })
    const email = await createUser(page, { prefix: `reset-axe-${colorScheme}` })
    await axeOnEveryState(page, request, email)
    await expect(page.locator('html')).toHaveAttribute('data-theme', colorScheme)
  })

  test(`axe on the reset pages in Arabic, ${colorScheme} theme`, async ({
    page,
    context,
    baseURL,
    request,
  }) => {
    await page.emulateMedia({ colorScheme })
    await chooseLocale(context, baseURL!, 'ar')
    const email = await createUser(page, { prefix: `reset-axe-ar-${colorScheme}` })
    await page.goto('/reset')
    await expect(page.locator('html')).toHaveAttribute('dir', 'rtl')
    await expect(page.locator('main h1')).toHaveText('إعادة تعيين كلمة المرور')
    await axeOnEveryState(page, request, email)
  })
}
