import { readFile } from 'node:fs/promises'
import type { Page } from '@playwright/test'
import {
  createUser,
  expect,
  expectNoAxeViolations,
  signIn,
  STRONG_PASSWORD,
  test,
} from './support/fixtures'
import { authenticator, parseSetupLink } from './support/totp'

const KEY_TEXT = /^[A-Z2-7]{4}( [A-Z2-7]{4}){7}$/
const CODE_FIELD = '6-digit code from your app'

/** axe in the light theme, then in the dark one (the CSS follows prefers-color-scheme). */
async function expectAccessibleInBothThemes(page: Page) {
  await page.emulateMedia({ colorScheme: 'light' })
  await expectNoAxeViolations(page)
  await page.emulateMedia({ colorScheme: 'dark' })
  await expectNoAxeViolations(page)
  await page.emulateMedia({ colorScheme: 'light' })
}

/** Same day format as the file header (the browser and this runner share a clock and zone). */
function today() {
  const d = new Date()
  const pad = (n: number) => String(n).padStart(2, '0')
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`
}

async function startSetup(page: Page) {
  await page.goto('/settings/two-factor')
  await page.getByRole('button', { name: 'Set up two-factor authentication' }).click()
  const heading = page.getByRole('heading', { name: 'Add your account to your authenticator app' })
  await expect(heading).toBeFocused()
}

/** Reads the key from the "Can't scan?" text, as a person typing it into their app would. */
async function readKey(page: Page) {
  const details = page.locator('details', { hasText: 'Can’t scan?' })
  if (!(await details.evaluate((el: HTMLDetailsElement) => el.open)))
    await page.getByText('Can’t scan? Type the key instead').click()
  const key = (await page.getByText(KEY_TEXT).textContent())!
  return key.replace(/\s/g, '')
}

async function readCodes(page: Page) {
  const list = page.getByRole('list', { name: 'Backup codes' })
  await expect(list.getByRole('listitem')).toHaveCount(10)
  return list.getByRole('listitem').allTextContents()
}

/** Enrols through the page and finishes the gate; returns the key and the backup codes. */
async function enrol(page: Page) {
  await startSetup(page)
  const key = await readKey(page)
  await page.getByLabel(CODE_FIELD).fill(authenticator(key).now())
  await expect(page.getByRole('heading', { name: 'Save your backup codes' })).toBeFocused()
  const codes = await readCodes(page)
  await page.getByRole('checkbox', { name: 'I have saved these codes' }).check()
  await page.getByLabel('Type one of the codes').fill(codes[0]!)
  await page.getByRole('button', { name: 'Finish' }).click()
  await expect(page.getByRole('heading', { name: 'Two-factor authentication is on' })).toBeFocused()
  return { key, codes }
}

async function signOut(page: Page) {
  await page.getByRole('button', { name: 'Sign out' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Sign in' })).toBeVisible()
}

/** Email and password, then the second step; stops there. */
async function signInToCodeStep(page: Page, email: string) {
  await page.goto('/login')
  await page.getByLabel('Email').fill(email)
  await page.getByLabel('Password', { exact: true }).fill(STRONG_PASSWORD)
  await page.getByRole('button', { name: 'Sign in', exact: true }).click()
  await expect(page.getByLabel('Authenticator or backup code')).toBeVisible()
}

/** Six digits are sent by the code step itself once typed; a backup code waits for Verify. */
async function submitCode(page: Page, code: string) {
  await page.getByLabel('Authenticator or backup code').fill(code)
  if (!/^\d{6}$/.test(code)) await page.getByRole('button', { name: 'Verify' }).click()
}

const signedIn = (page: Page) =>
  expect(page.getByRole('navigation', { name: 'Settings' })).toBeVisible()

const refused = (page: Page) => expect(page.getByText(/That code didn't work/)).toBeVisible()

/*
 * The server allows 6 second-factor attempts per user in 20 minutes and pauses a device for a
 * moment after a refusal, so each journey below accepts first and refuses last.
 */

test('enrol, keep the codes, sign in with the app, and the same app code is refused next time', async ({
  page,
  context,
  browser,
}) => {
  test.setTimeout(60_000)
  await context.grantPermissions(['clipboard-read', 'clipboard-write'])
  const email = await createUser(page, { prefix: 'twofa' })
  await signIn(page, email)
  await page.goto('/settings/two-factor')
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Two-factor authentication')
  await expect(page.getByRole('region', { name: 'Status' })).toContainText('Off')
  await expectAccessibleInBothThemes(page)

  // Steps 1 and 2: a labelled QR code, and the key for those who cannot scan.
  await page.getByRole('button', { name: 'Set up two-factor authentication' }).click()
  await expect(
    page.getByRole('heading', { name: 'Add your account to your authenticator app' }),
  ).toBeFocused()
  await expect(
    page.getByRole('img', { name: `QR code to add ${email} to your authenticator app` }),
  ).toBeVisible()
  const key = await readKey(page)
  expect(key).toMatch(/^[A-Z2-7]{32}$/)
  await expectAccessibleInBothThemes(page)

  await page.getByRole('button', { name: 'Copy key' }).click()
  await expect(page.getByText('Copied', { exact: true }).first()).toBeVisible()
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(key)
  await page.getByRole('button', { name: 'Copy setup link' }).click()
  const link = await page.evaluate(() => navigator.clipboard.readText())
  expect(link).toMatch(/^otpauth:\/\/totp\/[^?]+\?secret=/)
  const app = parseSetupLink(link)
  expect(app.issuer).toBe('PostHog (127.0.0.1)')
  expect(app.label).toBe(email)
  expect((app as { secret: { base32: string } }).secret.base32).toBe(key)

  // Step 3: a wrong code is refused, the field is ready again and the key is unchanged.
  const totp = authenticator(key)
  await page.getByLabel(CODE_FIELD).fill(totp.stale())
  await expect(page.getByLabel(CODE_FIELD)).toHaveAccessibleDescription(/That code didn’t match/)
  await expect(page.getByLabel(CODE_FIELD)).toHaveValue('')
  await expect(page.getByLabel(CODE_FIELD)).toBeFocused()
  expect(await readKey(page)).toBe(key)
  await expectAccessibleInBothThemes(page)
  // Pasted with a space, as apps often copy it; it submits itself at the sixth digit.
  const enrolCode = totp.now()
  await page.getByLabel(CODE_FIELD).fill(`${enrolCode.slice(0, 3)} ${enrolCode.slice(3)}`)

  // Step 4: the codes, created at once.
  await expect(page.getByRole('heading', { name: 'Save your backup codes' })).toBeFocused()
  const codes = await readCodes(page)
  for (const code of codes) expect(code).toMatch(/^[a-z2-7]{8}$/)
  await expectAccessibleInBothThemes(page)

  const downloading = page.waitForEvent('download')
  await page.getByRole('button', { name: 'Download .txt' }).click()
  const download = await downloading
  expect(download.suggestedFilename()).toBe('posthog-backup-codes.txt')
  const file = await readFile((await download.path())!, 'utf8')
  const lines = file.trimEnd().split('\n')
  const header = lines.slice(0, lines.length - 10).join('\n')
  expect(header).toContain('PostHog')
  expect(header).toContain(email)
  expect(header).toContain(today())
  expect(lines.slice(-10)).toEqual(codes)

  await page.getByRole('button', { name: 'Copy', exact: true }).click()
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(codes.join('\n'))

  // The gate: ticked and one real code typed back, nothing less.
  const finish = page.getByRole('button', { name: 'Finish' })
  await expect(finish).toBeDisabled()
  await page.getByRole('checkbox', { name: 'I have saved these codes' }).check()
  await expect(finish).toBeDisabled()
  await page.getByLabel('Type one of the codes').fill('aaaaaaaa')
  await expect(finish).toBeDisabled()
  await expect(page.getByText('That isn’t one of the codes above.')).toBeVisible()
  await page.getByLabel('Type one of the codes').fill(codes[4]!.toUpperCase())
  await expect(finish).toBeEnabled()
  await finish.click()

  // Step 5.
  await expect(page.getByRole('heading', { name: 'Two-factor authentication is on' })).toBeFocused()
  const status = page.getByRole('region', { name: 'Status' })
  await expect(status).toContainText('On')
  await expect(status).toContainText('Authenticator app')
  await expect(status).toContainText('10 of 10')
  await expectAccessibleInBothThemes(page)

  // Sign-in now asks for a code, and takes the app's (a later step than the enrolment code).
  await signOut(page)
  await signInToCodeStep(page, email)
  const signInCode = totp.next()
  await submitCode(page, signInCode)
  await signedIn(page)

  // This browser is remembered for 30 days, as on PostHog: the password alone signs in again.
  await signOut(page)
  await page.getByLabel('Email').fill(email)
  await page.getByLabel('Password', { exact: true }).fill(STRONG_PASSWORD)
  await page.getByRole('button', { name: 'Sign in', exact: true }).click()
  await signedIn(page)

  // A new browser is asked for a code, and the one already used is refused there.
  const other = await browser.newPage()
  await signInToCodeStep(other, email)
  await submitCode(other, signInCode)
  await refused(other)
  await expect(other.getByLabel('Authenticator or backup code')).toHaveValue('')
  await other.context().close()
})

test('a backup code signs in once and is refused the second time', async ({ page }) => {
  const email = await createUser(page, { prefix: 'twofa-backup' })
  await signIn(page, email)
  const { codes } = await enrol(page)

  await signOut(page)
  await signInToCodeStep(page, email)
  await submitCode(page, codes[3]!)
  await signedIn(page)
  await page.goto('/settings/two-factor')
  await expect(page.getByRole('region', { name: 'Status' })).toContainText('9 of 10')

  await signOut(page)
  await signInToCodeStep(page, email)
  await submitCode(page, codes[3]!)
  await refused(page)
})

test('regenerating the backup codes invalidates the old ones', async ({ page }) => {
  const email = await createUser(page, { prefix: 'twofa-regen' })
  await signIn(page, email)
  const { codes: oldCodes } = await enrol(page)

  await page.getByRole('button', { name: 'Generate new backup codes' }).click()
  const dialog = page.getByRole('dialog', { name: 'Generate new backup codes?' })
  await expect(dialog).toContainText('stop working as soon as you generate new ones')
  // Focus starts on the safe button (issue 13): a stray Enter cancels.
  await expect(dialog.getByRole('button', { name: 'Cancel' })).toBeFocused()
  await expectAccessibleInBothThemes(page)
  await dialog.getByRole('button', { name: 'Generate new codes' }).click()
  await expect(page.getByRole('heading', { name: 'Your new backup codes' })).toBeFocused()
  const newCodes = await readCodes(page)
  expect(newCodes.some((code) => oldCodes.includes(code))).toBe(false)
  for (const name of ['Download .txt', 'Copy', 'Print'])
    await expect(page.getByRole('button', { name, exact: true })).toBeVisible()
  await expectAccessibleInBothThemes(page)
  await page.getByRole('button', { name: 'I have saved them' }).click()

  // A new code gets in; an old one no longer does.
  await signOut(page)
  await signInToCodeStep(page, email)
  await submitCode(page, newCodes[0]!)
  await signedIn(page)
  await signOut(page)
  await signInToCodeStep(page, email)
  await submitCode(page, oldCodes[1]!)
  await refused(page)
})

test('turning 2FA off: sign-in no longer asks for a code', async ({ page }) => {
  const email = await createUser(page, { prefix: 'twofa-off' })
  await signIn(page, email)
  await enrol(page)

  // A way out, not the page's main action: outlined in the danger colour, not filled.
  const turnOff = page.getByRole('button', { name: 'Turn off two-factor authentication' })
  await expect(turnOff).toHaveClass(/(^|\s)btn-danger-quiet(\s|$)/)
  await expect(turnOff).not.toHaveClass(/(^|\s)btn-(danger|primary)(\s|$)/)
  // Every control focused inside a dialog from here on: focus never passes through "Turn off".
  await page.evaluate(() => {
    const w = window as Window & { focusTrail?: string[] }
    w.focusTrail = []
    document.addEventListener('focusin', (e) => {
      const target = e.target as HTMLElement
      if (target.closest('dialog')) w.focusTrail!.push(target.textContent ?? '')
    })
  })
  await turnOff.focus()
  await page.keyboard.press('Enter')
  const dialog = page.getByRole('dialog', { name: 'Turn off two-factor authentication?' })
  await expect(dialog).toContainText('Signing in will need only your password')
  await expect(dialog).toContainText('10 remaining backup codes stop working')
  await expect(dialog.getByRole('button', { name: 'Cancel' })).toBeFocused()
  expect(
    await page.evaluate(() => (window as Window & { focusTrail?: string[] }).focusTrail),
  ).toEqual(['Cancel'])
  await expectAccessibleInBothThemes(page)
  await dialog.getByRole('button', { name: 'Turn off' }).click()
  await expect(dialog).toBeHidden()
  await expect(page.getByRole('heading', { name: 'Status' })).toBeFocused()
  await expect(page.getByRole('region', { name: 'Status' })).toContainText('Off')
  await expect(page.getByRole('button', { name: 'Set up two-factor authentication' })).toBeVisible()

  await signOut(page)
  await signIn(page, email)
  await expect(page).toHaveURL(/\/settings\/profile$/)
})

test('a reload mid-enrolment says the setup was interrupted, and starting again works', async ({
  page,
}) => {
  const email = await createUser(page, { prefix: 'twofa-reload' })
  await signIn(page, email)
  await startSetup(page)
  const firstKey = await readKey(page)

  await page.reload()
  const status = page.getByRole('region', { name: 'Status' })
  await expect(status.getByRole('alert')).toHaveText(
    'Your setup was interrupted, so two-factor authentication is still off. Start again to get a new code. ' +
      'If your app already shows an entry from the interrupted setup, delete it: its codes won’t work.',
  )
  await expect(status).toContainText('Off')
  // The secret itself never reaches the tab's storage.
  expect(await page.evaluate(() => JSON.stringify(sessionStorage))).not.toContain(firstKey)
  await expectAccessibleInBothThemes(page)

  await status.getByRole('button', { name: 'Start again' }).click()
  await expect(
    page.getByRole('heading', { name: 'Add your account to your authenticator app' }),
  ).toBeFocused()
  await expect(status.getByRole('alert')).toBeHidden()
  const key = await readKey(page)
  expect(key).not.toBe(firstKey)
  // The server replaced the pending secret: the interrupted entry's codes are refused.
  await page.getByLabel(CODE_FIELD).fill(authenticator(firstKey).now())
  await expect(page.getByLabel(CODE_FIELD)).toHaveAccessibleDescription(/That code didn’t match/)
  await page.getByLabel(CODE_FIELD).fill(authenticator(key).now())
  await expect(page.getByRole('heading', { name: 'Save your backup codes' })).toBeFocused()
  const codes = await readCodes(page)
  await page.getByRole('checkbox', { name: 'I have saved these codes' }).check()
  await page.getByLabel('Type one of the codes').fill(codes[0]!)
  await page.getByRole('button', { name: 'Finish' }).click()
  await expect(page.getByRole('heading', { name: 'Two-factor authentication is on' })).toBeFocused()

  // Finished: nothing is said about an interruption any more.
  await page.reload()
  await expect(status).toContainText('10 of 10')
  await expect(status.getByRole('alert')).toHaveCount(0)
})

/** Tabs forward until `target` has focus (the order of the shell is tested elsewhere). */
async function tabTo(page: Page, target: ReturnType<Page['getByRole']>, most = 25) {
  for (let i = 0; i < most; i++) {
    if (await target.evaluate((el) => el === document.activeElement)) return
    await page.keyboard.press('Tab')
  }
  await expect(target).toBeFocused()
}

test('the whole enrolment with the keyboard alone', async ({ page }) => {
  const email = await createUser(page, { prefix: 'twofa-keys' })
  await signIn(page, email)
  await page.goto('/settings/two-factor')
  const setUp = page.getByRole('button', { name: 'Set up two-factor authentication' })
  await expect(setUp).toBeVisible()

  await tabTo(page, setUp)
  await page.keyboard.press('Enter')
  await expect(
    page.getByRole('heading', { name: 'Add your account to your authenticator app' }),
  ).toBeFocused()
  // Heading → QR code (not focusable) → "Can't scan?".
  await page.keyboard.press('Tab')
  await expect(page.getByText('Can’t scan? Type the key instead')).toBeFocused()
  await page.keyboard.press('Enter')
  const key = (await page.getByText(KEY_TEXT).textContent())!.replace(/\s/g, '')
  await page.keyboard.press('Tab')
  await expect(page.getByRole('button', { name: 'Copy key' })).toBeFocused()
  await page.keyboard.press('Tab')
  await expect(page.getByRole('button', { name: 'Copy setup link' })).toBeFocused()
  await page.keyboard.press('Tab')
  await expect(page.getByLabel(CODE_FIELD)).toBeFocused()
  await page.keyboard.type(authenticator(key).now())

  await expect(page.getByRole('heading', { name: 'Save your backup codes' })).toBeFocused()
  const codes = await readCodes(page)
  await tabTo(page, page.getByRole('checkbox', { name: 'I have saved these codes' }))
  await page.keyboard.press('Space')
  await page.keyboard.press('Tab')
  await expect(page.getByLabel('Type one of the codes')).toBeFocused()
  await page.keyboard.type(codes[9]!)
  await page.keyboard.press('Tab')
  await expect(page.getByRole('button', { name: 'Finish' })).toBeFocused()
  await page.keyboard.press('Enter')
  await expect(page.getByRole('heading', { name: 'Two-factor authentication is on' })).toBeFocused()
})
