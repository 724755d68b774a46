import type { APIRequestContext, Locator, Page } from '@playwright/test'
import {
  createUser,
  expect,
  expectNoAxeViolations,
  signIn,
  STRONG_PASSWORD,
  test,
  uniqueEmail,
} from './support/fixtures'
import { reauthenticate, waitUntilStale } from './support/reauth'
import { staleServerURL } from './support/servers'
import { DEV_TOOLS_HEADERS } from './support/dev-tools'

const CODE_SUBJECT = 'Confirm your new PostHog email address'

interface Mail {
  to: string
  subject: string
  text: string
}

/** The code mails sent to `to`, newest first, from the dev mailbox. */
async function codeMails(request: APIRequestContext, to: string): Promise<Mail[]> {
  const response = await request.get('/_dev/mail.json', { headers: DEV_TOOLS_HEADERS })
  expect(response.ok()).toBe(true)
  const mails = (await response.json()) as Mail[]
  return mails.filter((m) => m.to === to && m.subject === CODE_SUBJECT)
}

const codeIn = (mail: Mail) => /^\s*(\d{6})\s*$/m.exec(mail.text)![1]!

/** Waits for the `count`-th code mail to `to` and returns its code. */
async function codeFor(request: APIRequestContext, to: string, count = 1): Promise<string> {
  await expect
    .poll(async () => (await codeMails(request, to)).length, { timeout: 10_000 })
    .toBeGreaterThanOrEqual(count)
  return codeIn((await codeMails(request, to))[0]!)
}

/** A code that is surely not `code`. */
const wrong = (code: string) => code.slice(0, 5) + ((Number(code[5]) + 1) % 10)

const addressField = (page: Page) => page.getByLabel('New email address')
const codeField = (page: Page) => page.getByLabel('6-digit code')
const pendingHeading = (page: Page) =>
  page.getByRole('heading', { name: 'Confirm your new address' })
const currentAddress = (page: Page) => page.locator('.email-address')

async function openEmailPage(page: Page) {
  await page.goto('/settings/email')
  await expect(page.getByRole('heading', { level: 1, name: 'Email' })).toBeVisible()
}

/** Signs a fresh member in and asks for a change to a fresh address; returns both addresses. */
async function startChange(page: Page, prefix: string) {
  const email = await createUser(page, { prefix })
  await signIn(page, email)
  await openEmailPage(page)
  const newEmail = uniqueEmail(`${prefix}-new`)
  await addressField(page).fill(newEmail)
  await page.getByRole('button', { name: 'Send code' }).click()
  await expect(pendingHeading(page)).toBeFocused()
  return { email, newEmail }
}

/** Types a code the server refuses and waits until the page has cleared the field again. */
async function enterRefusedCode(page: Page, code: string, message: string | RegExp) {
  await codeField(page).fill(code)
  await expect(codeField(page)).toHaveValue('')
  await expect(codeField(page)).toHaveAccessibleDescription(
    typeof message === 'string' ? new RegExp(escape(message)) : message,
  )
  await expect(codeField(page)).toBeFocused()
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')

async function expectChangedTo(page: Page, newEmail: string) {
  await expect(currentAddress(page)).toHaveText(newEmail)
  await expect(pendingHeading(page)).toHaveCount(0)
  await expect(page.getByRole('heading', { name: 'Your email address', exact: true })).toBeFocused()
  await expect(
    page.getByRole('main').getByText(`Your email address is now ${newEmail}.`),
  ).toBeVisible()
}

async function tryToSignIn(page: Page, email: string) {
  await page.goto('/login')
  await page.getByLabel('Email').fill(email)
  await page.getByLabel('Password', { exact: true }).fill(STRONG_PASSWORD)
  await page.getByRole('button', { name: 'Sign in', exact: true }).click()
}

test('change, verify, then only the new address signs in', async ({ page, request }) => {
  const { email, newEmail } = await startChange(page, 'email-change')
  await expect(
    page.getByRole('main').getByText(`We emailed a 6-digit code to ${newEmail}.`),
  ).toBeVisible()
  await expect(codeField(page)).toHaveAccessibleDescription(
    /The code expires 10 minutes after it was sent, at \d/,
  )
  // Until the code is entered the account keeps its address.
  await expect(currentAddress(page)).toHaveText(email)
  await codeField(page).fill(await codeFor(request, newEmail))
  await expectChangedTo(page, newEmail)

  await page.getByRole('button', { name: 'Sign out' }).click()
  await tryToSignIn(page, email)
  await expect(page.getByRole('alert')).toContainText("That email and password don't match")
  await tryToSignIn(page, newEmail)
  await expect(page.getByRole('navigation', { name: 'Settings' })).toBeVisible()
})

test('three wrong codes, then the right one works', async ({ page, request }) => {
  const { newEmail } = await startChange(page, 'email-wrong')
  const code = await codeFor(request, newEmail)
  for (let attempt = 0; attempt < 3; attempt++)
    await enterRefusedCode(page, wrong(code), "That code isn't right, or it has expired.")
  // A pasted code with a space works as well.
  await codeField(page).fill(`${code.slice(0, 3)} ${code.slice(3)}`)
  await expectChangedTo(page, newEmail)
})

test('six wrong codes lock the code', async ({ page, request }) => {
  const { newEmail } = await startChange(page, 'email-locked')
  const code = await codeFor(request, newEmail)
  for (let attempt = 0; attempt < 5; attempt++)
    await enterRefusedCode(page, wrong(code), "That code isn't right, or it has expired.")
  await enterRefusedCode(
    page,
    wrong(code),
    'Too many incorrect attempts. Request a new code and try again.',
  )
  await expect(pendingHeading(page)).toBeVisible()
})

test('a resent code replaces the old one', async ({ page, request }) => {
  await page.clock.install()
  const { newEmail } = await startChange(page, 'email-resend')
  const first = await codeFor(request, newEmail)
  const resend = page.getByRole('button', { name: 'Resend code' })
  await expect(resend).toBeDisabled()
  await expect(page.getByText(/You can ask for a new code in \d+ seconds?\./)).toBeVisible()
  await page.clock.fastForward('00:31')
  await expect(resend).toBeEnabled()
  await resend.click()
  await expect(
    page
      .getByRole('main')
      .getByText(`We sent a new code to ${newEmail}. Earlier codes no longer work.`),
  ).toBeVisible()
  await expect(page.getByText(/You can ask for a new code in \d+ seconds?\./)).toBeVisible()
  const second = await codeFor(request, newEmail, 2)
  await enterRefusedCode(page, first === second ? wrong(first) : first, /isn't right/)
  await codeField(page).fill(second)
  await expectChangedTo(page, newEmail)
})

test('cancel clears the pending change and its code stops working', async ({ page, request }) => {
  const { email, newEmail } = await startChange(page, 'email-cancel')
  const code = await codeFor(request, newEmail)
  await page.getByRole('button', { name: 'Cancel change' }).click()
  await expect(page.getByRole('heading', { name: 'Change your email address' })).toBeFocused()
  await expect(
    page.getByRole('main').getByText(`Email change cancelled. You still sign in with ${email}.`),
  ).toBeVisible()
  await expect(pendingHeading(page)).toHaveCount(0)

  const me = await (await page.request.get('/api/users/@me/')).json()
  expect(me.pending_email).toBeNull()
  // verify_email is AllowAny: a visitor without a session tries the old code. With nothing
  // pending, PostHog answers a verified account with a bare {success, requires_login} and
  // changes nothing (posthog/api/user.py); it must not log the visitor in either.
  const answer = await request.post('/api/users/verify_email/', {
    data: { uuid: me.uuid, code },
  })
  expect(await answer.json()).toEqual({ success: true, requires_login: true })
  expect((await request.get('/api/users/@me/')).status()).toBe(401)
  const after = await (await page.request.get('/api/users/@me/')).json()
  expect(after).toMatchObject({ email, pending_email: null })
  await page.reload()
  await expect(currentAddress(page)).toHaveText(email)

  // The new address never became a sign-in address.
  await page.getByRole('button', { name: 'Sign out' }).click()
  await tryToSignIn(page, newEmail)
  await expect(page.getByRole('alert')).toContainText("That email and password don't match")
})

test('an address used by another account is refused under the field', async ({ page }) => {
  const email = await createUser(page, { prefix: 'email-taken' })
  await signIn(page, email)
  await openEmailPage(page)
  await addressField(page).fill('ada@example.com')
  await page.getByRole('button', { name: 'Send code' }).click()
  await expect(addressField(page)).toHaveAccessibleDescription(
    /There is already an account with this email address\./,
  )
  await expect(addressField(page)).toHaveAttribute('aria-invalid', 'true')
  await expect(addressField(page)).toHaveValue('ada@example.com')
  await expect(pendingHeading(page)).toHaveCount(0)
})

/** Presses Tab until `target` has focus (keyboard only; gives up after 40 stops). */
async function tabTo(page: Page, target: Locator) {
  for (let i = 0; i < 40; i++) {
    if (await target.evaluate((el) => el === document.activeElement)) return
    await page.keyboard.press('Tab')
  }
  await expect(target).toBeFocused()
}

test('the whole flow with the keyboard alone', async ({ page, request }) => {
  const email = await createUser(page, { prefix: 'email-keys' })
  await signIn(page, email)
  await openEmailPage(page)
  const firstTry = uniqueEmail('email-keys-first')
  await tabTo(page, addressField(page))
  await page.keyboard.type(firstTry)
  await page.keyboard.press('Enter')
  await expect(pendingHeading(page)).toBeFocused()

  // Changed my mind: another address, by keyboard.
  await tabTo(page, page.getByRole('button', { name: 'Use a different address' }))
  await page.keyboard.press('Enter')
  await expect(addressField(page)).toBeFocused()
  const newEmail = uniqueEmail('email-keys-new')
  await page.keyboard.type(newEmail)
  await page.keyboard.press('Enter')
  await expect(pendingHeading(page)).toBeFocused()
  await expect(
    page.getByRole('main').getByText(`We emailed a 6-digit code to ${newEmail}.`),
  ).toBeVisible()

  await page.keyboard.press('Tab')
  await expect(codeField(page)).toBeFocused()
  const code = await codeFor(request, newEmail)
  await page.keyboard.type(wrong(code))
  await expect(codeField(page)).toHaveValue('')
  await expect(codeField(page)).toBeFocused()
  await page.keyboard.type(code)
  await expectChangedTo(page, newEmail)
})

test.describe('a stale sign-in', () => {
  test.use({ baseURL: staleServerURL })

  test('asks to confirm it is you, then sends the code', async ({ page }) => {
    const email = await createUser(page, { prefix: 'email-stale' })
    await signIn(page, email)
    await openEmailPage(page)
    const newEmail = uniqueEmail('email-stale-new')
    await addressField(page).fill(newEmail)
    await waitUntilStale(page, 'fresh_reauth_expires_at')
    await page.getByRole('button', { name: 'Send code' }).click()
    await reauthenticate(page)
    await expect(pendingHeading(page)).toBeVisible()
    await expect(
      page.getByRole('main').getByText(`We emailed a 6-digit code to ${newEmail}.`),
    ).toBeVisible()
  })
})

/** Form, form error, pending, pending error: axe on each. */
async function checkEveryState(page: Page) {
  const email = await createUser(page, { prefix: 'email-axe' })
  await signIn(page, email)
  await openEmailPage(page)
  await expectNoAxeViolations(page)

  await addressField(page).fill('ada@example.com')
  await page.getByRole('button', { name: 'Send code' }).click()
  await expect(addressField(page)).toHaveAttribute('aria-invalid', 'true')
  await expectNoAxeViolations(page)

  await addressField(page).fill(uniqueEmail('email-axe-new'))
  await page.getByRole('button', { name: 'Send code' }).click()
  await expect(pendingHeading(page)).toBeFocused()
  await expectNoAxeViolations(page)

  await enterRefusedCode(page, '000000', /isn't right|Too many/)
  await expectNoAxeViolations(page)
}

test('no axe violations in any state (light)', async ({ page }) => {
  await checkEveryState(page)
})

test.describe('dark theme', () => {
  test.use({ colorScheme: 'dark' })

  test('no axe violations in any state (dark)', async ({ page }) => {
    await checkEveryState(page)
  })
})
