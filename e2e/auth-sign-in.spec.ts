import {
  createUser,
  DEMO_PASSWORD,
  expect,
  expectNoAxeViolations,
  signIn,
  STRONG_PASSWORD,
  test,
} from './support/fixtures'
import { chooseLocale } from './support/locale'
import { reauthDialog, waitUntilStale } from './support/reauth'
import { staleServerURL } from './support/servers'

test('the sign-in page carries the product name, and a wrong password puts focus on the message', async ({
  page,
}) => {
  await page.goto('/login')
  await expect(page.getByText('Account settings', { exact: true })).toBeVisible()
  await page.getByLabel('Email').fill('ada@example.com')
  await page.getByLabel('Password', { exact: true }).fill('not-her-password')
  await page.getByRole('button', { name: 'Sign in', exact: true }).click()
  const message = page.getByRole('alert')
  await expect(message).toHaveText(
    "That email and password don't match an account. Check both and try again.",
  )
  await expect(message).toBeFocused()
  // Enter in the password field: the message is focused again, never <body>.
  await page.getByLabel('Password', { exact: true }).press('Enter')
  await expect(page.getByRole('alert')).toBeFocused()
  await expectNoAxeViolations(page)
})

test('the show/hide toggle sits inside the field, which keeps its full width', async ({ page }) => {
  await page.goto('/login')
  const email = page.getByLabel('Email')
  const password = page.getByLabel('Password', { exact: true })
  await password.fill('correct horse')
  const show = page.getByRole('button', { name: 'Show password' })
  const [emailBox, passwordBox, toggleBox] = await Promise.all([
    email.boundingBox(),
    password.boundingBox(),
    show.boundingBox(),
  ])
  expect(passwordBox!.width).toBeCloseTo(emailBox!.width, 0)
  // A 44 px target within the field's end edge.
  expect(toggleBox!.width).toBeGreaterThanOrEqual(44)
  expect(toggleBox!.height).toBeGreaterThanOrEqual(44)
  expect(toggleBox!.x).toBeGreaterThan(passwordBox!.x + passwordBox!.width / 2)
  expect(toggleBox!.x + toggleBox!.width).toBeLessThanOrEqual(
    passwordBox!.x + passwordBox!.width + 1,
  )

  await show.click()
  await expect(password).toHaveAttribute('type', 'text')
  const hide = page.getByRole('button', { name: 'Hide password' })
  await expect(hide).toBeFocused()
  expect((await password.boundingBox())!.width).toBeCloseTo(passwordBox!.width, 0)
  await page.keyboard.press('Enter')
  await expect(password).toHaveAttribute('type', 'password')
  await expect(page.getByRole('button', { name: 'Show password' })).toBeFocused()
})

test('in Arabic the toggle sits at the field’s left (end) edge', async ({
  page,
  context,
  baseURL,
}) => {
  await chooseLocale(context, baseURL!, 'ar')
  await page.goto('/login')
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl')
  const password = page.locator('input[type=password]')
  const toggle = page.locator('.password-toggle')
  const [field, button] = await Promise.all([password.boundingBox(), toggle.boundingBox()])
  expect(button!.x).toBeLessThan(field!.x + field!.width / 2)
  expect(button!.x).toBeGreaterThanOrEqual(field!.x - 1)
})

test('on a slow network "Signing in…" stays until the profile is on screen', async ({ page }) => {
  let release = () => {}
  const held = new Promise<void>((resolve) => (release = resolve))
  let holding = false
  await page.route('**/api/users/@me**', async (route) => {
    if (holding) await held
    await route.continue()
  })
  await page.goto('/login')
  await page.getByLabel('Email').fill('grace@example.com')
  await page.getByLabel('Password', { exact: true }).fill(DEMO_PASSWORD)
  holding = true
  const meRequested = page.waitForRequest('**/api/users/@me**')
  await page.getByRole('button', { name: 'Sign in', exact: true }).click()
  await meRequested
  // Signed in; the profile's user is still on its way: the button still says so.
  await expect(page.getByRole('button', { name: 'Signing in…' })).toBeVisible()
  await expect(page.getByRole('button', { name: 'Sign in', exact: true })).toHaveCount(0)
  release()
  await expect(page.getByRole('heading', { level: 1, name: 'Profile' })).toBeVisible()
  await expect(page.getByRole('button', { name: 'Signing in…' })).toHaveCount(0)
})

test('/login?account=deleted says the account was deleted', async ({ page }) => {
  await page.goto('/login?account=deleted')
  const notice = page.getByRole('status').filter({ hasText: 'Your account was deleted' })
  await expect(notice.first()).toBeVisible()
  await expect(page.getByRole('heading', { level: 1, name: 'Sign in' })).toBeFocused()
  // The word leaves the address, so a reload shows the plain page.
  await expect(page).toHaveURL(/\/login$/)
  await page.reload()
  await expect(page.getByLabel('Email')).toBeVisible()
  await expect(page.getByText('Your account was deleted')).toHaveCount(0)
})

test.describe('re-auth', () => {
  test.use({ baseURL: staleServerURL })

  test('a wrong password is said once, at the field, which keeps focus', async ({ page }) => {
    const email = await createUser(page, { prefix: 'reauth-wrong' })
    await signIn(page, email)
    await page.getByLabel('First name').fill('Renamed')
    await waitUntilStale(page, 'sensitive_session_expires_at')
    await page.getByRole('button', { name: /^Save/ }).first().click()
    const dialog = reauthDialog(page)
    await expect(dialog).toBeVisible()
    const password = dialog.getByLabel('Password', { exact: true })
    await password.fill('not-my-password')
    await dialog.getByRole('button', { name: 'Confirm' }).click()
    await expect(dialog.getByText('That password is incorrect.')).toHaveCount(1)
    await expect(dialog.getByText('That password is incorrect.')).toBeVisible()
    await expect(dialog.getByRole('alert')).toHaveCount(0)
    await expect(password).toBeFocused()
    await expect(password).toHaveAccessibleDescription('That password is incorrect.')
  })
})

test('a password sign-in survives the passkey autofill’s request answering after it', async ({
  page,
}) => {
  // The email field's passkey autofill asks /api/webauthn/login/begin/ as the page loads, and its
  // answer starts a session. Sent before the password's /api/login and answered after it, it
  // replaced the new signed-in session with an empty one: the profile sent the user back here.
  // Here its answer is held until the password's has come (or, when the app rightly waits for it
  // before sending the password, for a moment).
  const email = await createUser(page, { prefix: 'sign-in-queue' })
  const loginAnswered = page.waitForResponse('**/api/login')
  await page.route('**/api/webauthn/login/begin/', async (route) => {
    // Asked with the cookies it left with (none: a new session); the answer is held back.
    const response = await route.fetch()
    await Promise.race([loginAnswered, new Promise((resolve) => setTimeout(resolve, 1500))])
    await route.fulfill({ response })
  })
  const begun = page.waitForRequest('**/api/webauthn/login/begin/')
  await page.goto('/login')
  await begun
  await page.getByLabel('Email').fill(email)
  await page.getByLabel('Password', { exact: true }).fill(STRONG_PASSWORD)
  await page.getByRole('button', { name: 'Sign in', exact: true }).click()
  expect((await loginAnswered).status()).toBe(200)
  await expect(page.getByRole('navigation', { name: 'Settings' })).toBeVisible()
  await page.reload()
  await expect(page.getByRole('navigation', { name: 'Settings' })).toBeVisible()
})
