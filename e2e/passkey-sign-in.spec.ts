import type { Locator, Page } from '@playwright/test'
import { routes } from '../src/config/paths'
import {
  createUser,
  expect,
  expectNoAxeViolations,
  signIn,
  STRONG_PASSWORD,
  test,
} from './support/fixtures'
import { chooseLocale, visitSettled } from './support/locale'
import { addVerifiedPasskey } from './support/passkey-api'
import { addVirtualAuthenticator, passkeyBaseURL } from './support/passkeys'
import { reauthDialog, waitUntilStale } from './support/reauth'
import { stalePort } from './support/servers'

// WebAuthn refuses an IP address as the relying party: these journeys run on localhost.
test.use({ baseURL: passkeyBaseURL })

const passkeyButton = (page: Page) => page.getByRole('button', { name: 'Sign in with a passkey' })
const usePasskey = (scope: Page | Locator) => scope.getByRole('button', { name: 'Use a passkey' })
const settingsNav = (page: Page) => page.getByRole('navigation', { name: 'Settings' })

/**
 * Chromium's virtual authenticator answers a passkey autofill request at once, as a person picking
 * the passkey would: the sign-in page would sign in before anyone pressed anything. Journeys about
 * the button or the second factor run as a browser without passkey autofill.
 */
const withoutAutofill = (page: Page) =>
  page.addInitScript(() => {
    PublicKeyCredential.isConditionalMediationAvailable = async () => false
  })

/** An account holding a verified passkey in this page's virtual authenticator, signed out. */
async function accountWithPasskey(
  page: Page,
  prefix: string,
  { secondFactor = false, autofill = false } = {},
) {
  if (!autofill) await withoutAutofill(page)
  const email = await createUser(page, { prefix })
  const authenticator = await addVirtualAuthenticator(page)
  await signIn(page, email)
  await addVerifiedPasskey(page, { secondFactor })
  await page.context().clearCookies()
  return { email, authenticator }
}

async function password(page: Page, email: string) {
  await page.getByLabel('Email').fill(email)
  await page.getByLabel('Password', { exact: true }).fill(STRONG_PASSWORD)
  await page.getByRole('button', { name: 'Sign in', exact: true }).click()
}

/** Presses Tab until `target` has focus (by keyboard alone), failing after `limit` presses. */
async function tabTo(page: Page, target: Locator, limit = 30) {
  for (let i = 0; i < limit; i++) {
    if (await target.evaluate((el) => el === document.activeElement)) return
    await page.keyboard.press('Tab')
  }
  await expect(target).toBeFocused()
}

test('sign in with the passkey and no password, by keyboard', async ({ page }) => {
  await accountWithPasskey(page, 'passkey-sign-in')
  await page.goto(routes.login)
  await tabTo(page, passkeyButton(page))
  await page.keyboard.press('Enter')
  await expect(settingsNav(page)).toBeVisible()
  await expect(page).toHaveURL(new RegExp(`${routes.profile}$`))
})

test('the passkey offered in the email field (autofill) signs in without a press', async ({
  page,
}) => {
  await accountWithPasskey(page, 'passkey-autofill', { autofill: true })
  const passwordSignIns: string[] = []
  page.on('request', (request) => {
    if (new URL(request.url()).pathname === '/api/login') passwordSignIns.push(request.url())
  })
  const picked = page.waitForResponse(
    (response) => new URL(response.url()).pathname === '/api/webauthn/login/complete/',
  )
  await page.goto(routes.login)
  expect((await picked).status()).toBe(200)
  await expect(settingsNav(page)).toBeVisible()
  expect(passwordSignIns).toEqual([])
})

test('a refused prompt says nothing changed and stays on the sign-in page', async ({ page }) => {
  const { authenticator } = await accountWithPasskey(page, 'passkey-refused')
  await page.goto(routes.login)
  await authenticator.refuse()
  await passkeyButton(page).click()
  await expect(page.getByRole('alert')).toHaveText(
    'Passkey sign-in was cancelled and nothing changed. Try again, or use your password.',
  )
  await expect(page).toHaveURL(/\/login/)
  // The next try with the passkey works.
  await authenticator.accept()
  await passkeyButton(page).click()
  await expect(settingsNav(page)).toBeVisible()
})

test('passkeys as the second factor: password, then "Use a passkey", by keyboard', async ({
  page,
}) => {
  const { email } = await accountWithPasskey(page, 'passkey-2fa', { secondFactor: true })
  await page.goto(routes.login)
  await password(page, email)
  await expect(
    page.getByRole('heading', { level: 1, name: 'Two-factor authentication' }),
  ).toBeVisible()
  await expect(page.getByLabel('Authenticator or backup code')).toHaveCount(0)
  await tabTo(page, usePasskey(page))
  await page.keyboard.press('Enter')
  await expect(settingsNav(page)).toBeVisible()
})

test.describe('an old session', () => {
  // The short-session server, under a host name for WebAuthn as well.
  test.use({ baseURL: `http://localhost:${stalePort}` })

  /**
   * Passkeys as the second factor, signed in with password and passkey; the browser forgotten for
   * the second factor (so a password re-auth asks again), the session past its sensitive window,
   * and the switch to turn passkeys off pressed: the re-auth dialog is open.
   */
  async function reauthAsked(page: Page, prefix: string) {
    const { email } = await accountWithPasskey(page, prefix, { secondFactor: true })
    await page.goto(routes.login)
    await password(page, email)
    await usePasskey(page).click()
    await expect(settingsNav(page)).toBeVisible()
    await page.context().clearCookies({ name: /^remember-cookie_/ })
    await visitSettled(page, routes.twoFactor)
    await waitUntilStale(page, 'sensitive_session_expires_at')
    const passkeysSecondFactor = page.getByRole('switch', {
      name: 'Use passkeys as a second factor',
    })
    await passkeysSecondFactor.click()
    const dialog = reauthDialog(page)
    await expect(dialog).toBeVisible()
    return { email, passkeysSecondFactor, dialog }
  }

  test('re-authenticate with the password, then "Use a passkey"', async ({ page }) => {
    const { passkeysSecondFactor, dialog } = await reauthAsked(page, 'passkey-reauth')
    await dialog.getByLabel('Password', { exact: true }).fill(STRONG_PASSWORD)
    await dialog.getByRole('button', { name: 'Confirm' }).click()
    // The code step: the password step's own "Use a passkey" (below) has gone with it.
    await expect(dialog.getByLabel('Password', { exact: true })).toBeHidden()
    await usePasskey(dialog).click()
    await expect(dialog).toBeHidden()
    await expect(passkeysSecondFactor).not.toBeChecked()
  })

  test('re-authenticate with the passkey alone: no password, no code', async ({ page }) => {
    const { email, passkeysSecondFactor, dialog } = await reauthAsked(page, 'passkey-reauth-alone')
    await expect(usePasskey(dialog)).toBeVisible()
    await expectNoAxeViolations(page)
    await usePasskey(dialog).click()
    await expect(dialog).toBeHidden()
    await expect(passkeysSecondFactor).not.toBeChecked()
    // Still the same account, and the server saw a fresh sign-in with the passkey.
    const me = await (await page.request.get('/api/users/@me/')).json()
    expect(me.email).toBe(email)
    expect(Date.parse(me.sensitive_session_expires_at)).toBeGreaterThan(Date.now())
  })
})

test.describe('accessibility', () => {
  for (const [name, locale, scheme, label] of [
    ['light', 'en', 'light', 'Sign in with a passkey'],
    ['dark', 'en', 'dark', 'Sign in with a passkey'],
    ['Arabic', 'ar', 'light', 'تسجيل الدخول بمفتاح مرور'],
  ] as const) {
    test(`axe: the sign-in page with the passkey button and the passkey second step (${name})`, async ({
      page,
      context,
    }) => {
      await page.emulateMedia({ colorScheme: scheme })
      const { email } = await accountWithPasskey(page, `passkey-axe-${name}`, {
        secondFactor: true,
      })
      await chooseLocale(context, passkeyBaseURL, locale)
      await visitSettled(page, routes.login)
      // In the page's language: the chunk came with its catalogue.
      await expect(page.locator('.passkey-sign-in button')).toHaveText(label)
      await expectNoAxeViolations(page)
      await page.locator('input[type=email]').fill(email)
      await page.locator('input[type=password]').fill(STRONG_PASSWORD)
      await page.locator('form button[type=submit]').click()
      await expect(page.locator('.passkey-second-factor .btn-primary')).toBeVisible()
      await expectNoAxeViolations(page)
    })
  }
})
