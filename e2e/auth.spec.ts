import type { Page } from '@playwright/test'
import {
  createUser,
  DEMO_PASSWORD,
  expect,
  signIn,
  STRONG_PASSWORD,
  test,
} from './support/fixtures'
import { reauthDialog, reauthenticate, waitUntilStale } from './support/reauth'
import { staleServerURL } from './support/servers'
import { authenticator } from './support/totp'

test('sign in and sign out', async ({ page }) => {
  const email = await createUser(page, { prefix: 'auth' })
  await signIn(page, email)
  await expect(page).toHaveURL(/\/settings\/profile$/)
  await page.getByRole('button', { name: 'Sign out' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Sign in' })).toBeVisible()
  // The session is gone: the settings send us back to sign in.
  await page.goto('/settings/profile')
  await expect(page).toHaveURL(/\/login\?next=%2Fsettings%2Fprofile$/)
})

test('a wrong password is explained and the typed email is kept', async ({ page }) => {
  await page.goto('/login')
  await page.getByLabel('Email').fill('ada@example.com')
  await page.getByLabel('Password', { exact: true }).fill('not-her-password')
  await page.getByRole('button', { name: 'Sign in', exact: true }).click()
  await expect(page.getByRole('alert')).toContainText(
    "That email and password don't match an account.",
  )
  await expect(page.getByLabel('Email')).toHaveValue('ada@example.com')
})

test('the whole sign-in by keyboard alone', async ({ page }) => {
  const email = await createUser(page, { prefix: 'keyboard' })
  await page.goto('/login')
  await expect(page.getByLabel('Email')).toBeVisible()
  await page.keyboard.press('Tab')
  await expect(page.getByLabel('Email')).toBeFocused()
  await page.keyboard.type(email)
  await page.keyboard.press('Tab')
  await expect(page.getByLabel('Password', { exact: true })).toBeFocused()
  await page.keyboard.type(STRONG_PASSWORD)
  await page.keyboard.press('Enter')
  await expect(page.getByRole('navigation', { name: 'Settings' })).toBeVisible()
  // The skip link is the first stop and lands in the main content.
  await page.keyboard.press('Tab')
  await expect(page.getByRole('link', { name: 'Skip to content' })).toBeFocused()
  await page.keyboard.press('Enter')
  await expect(page).toHaveURL(/#main$/)
})

/** Turns on 2FA for the signed-in user through the API, as the two-factor page would. */
async function enrolAuthenticator(page: Page) {
  const csrf = (await page.context().cookies()).find((c) => c.name === 'posthog_csrftoken')
  const headers = { 'X-CSRFToken': csrf!.value }
  const start = await page.request.get('/api/users/@me/two_factor_start_setup/')
  const totp = authenticator(((await start.json()) as { secret: string }).secret)
  const validate = await page.request.post('/api/users/@me/two_factor_validate/', {
    headers,
    data: { token: totp.now() },
  })
  expect(validate.ok()).toBe(true)
  return totp
}

test('with 2FA on, the authenticator code sends itself once complete', async ({ page }) => {
  const email = await createUser(page, { prefix: 'auth-2fa' })
  await signIn(page, email)
  const totp = await enrolAuthenticator(page)
  // A browser the server has not seen: no session, no remembered device.
  await page.context().clearCookies()
  await page.goto('/login')
  await page.getByLabel('Email').fill(email)
  await page.getByLabel('Password', { exact: true }).fill(STRONG_PASSWORD)
  await page.getByRole('button', { name: 'Sign in', exact: true }).click()
  await expect(
    page.getByRole('heading', { level: 1, name: 'Two-factor authentication' }),
  ).toBeFocused()
  // Pasted as "123 456": normalised and sent without pressing Verify.
  const code = totp.next()
  await page.getByLabel('Authenticator or backup code').fill(`${code.slice(0, 3)} ${code.slice(3)}`)
  await expect(page.getByRole('navigation', { name: 'Settings' })).toBeVisible()
  await expect(page).toHaveURL(/\/settings\/profile$/)
})

test('signing in again keeps where the visitor was going', async ({ page }) => {
  await page.goto('/settings/password')
  await expect(page).toHaveURL(/\/login\?next=%2Fsettings%2Fpassword$/)
  await page.getByLabel('Email').fill('grace@example.com')
  await page.getByLabel('Password', { exact: true }).fill(DEMO_PASSWORD)
  await page.getByRole('button', { name: 'Sign in', exact: true }).click()
  await expect(page).toHaveURL(/\/settings\/password$/)
})

test.describe('a stale session', () => {
  test.use({ baseURL: staleServerURL })

  test('a save opens the re-auth dialog and completes after it', async ({ page }) => {
    const email = await createUser(page, { prefix: 'stale' })
    await signIn(page, email)
    const firstName = page.getByLabel('First name')
    await firstName.fill('Renamed')
    await waitUntilStale(page, 'sensitive_session_expires_at')
    const save = page.getByRole('button', { name: /^Save/ }).first()
    await save.click()
    await reauthenticate(page)
    await page.reload()
    await expect(page.getByLabel('First name')).toHaveValue('Renamed')
  })

  test('dismissing the dialog keeps the typed value and says why it was not saved', async ({
    page,
  }) => {
    const email = await createUser(page, { prefix: 'stale-cancel' })
    await signIn(page, email)
    await page.getByLabel('First name').fill('Unsaved')
    await waitUntilStale(page, 'sensitive_session_expires_at')
    await page.getByRole('button', { name: /^Save/ }).first().click()
    const dialog = reauthDialog(page)
    await expect(dialog).toBeVisible()
    await page.keyboard.press('Escape')
    await expect(dialog).toBeHidden()
    await expect(page.getByLabel('First name')).toHaveValue('Unsaved')
    await expect(page.getByRole('alert')).toContainText("Not saved: we need to confirm it's you")
  })
})
