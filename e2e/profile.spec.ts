import type { APIRequestContext, Locator, Page } from '@playwright/test'
import { announcer, expectAnnounced } from './support/announcer'
import { expect, STRONG_PASSWORD, test } from './support/fixtures'
import { DEV_TOOLS_HEADERS } from './support/dev-tools'
import { failRequests, isPatch } from './support/routes'
import { expectBeside, expectFocusKept } from './support/save-status'

let accounts = 0

/** A member of the demo organization of our own, so tests never share state. */
async function freshMember(request: APIRequestContext): Promise<string> {
  const email = `profile-${Date.now()}-${accounts++}@example.com`
  const response = await request.post('/_dev/users', {
    headers: DEV_TOOLS_HEADERS,
    data: { email, password: STRONG_PASSWORD, organization: true },
  })
  expect(response.status()).toBe(201)
  return email
}

async function signIn(page: Page, email: string) {
  await page.goto('/login')
  await page.getByLabel('Email').fill(email)
  await page.getByLabel('Password', { exact: true }).fill(STRONG_PASSWORD)
  await page.getByRole('button', { name: 'Sign in', exact: true }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Profile' })).toBeVisible()
}

const isFocused = (locator: Locator) => locator.evaluate((el) => el === document.activeElement)

/** Presses Tab (or Shift+Tab) until the target has focus, as a keyboard user would. */
async function tabTo(page: Page, target: Locator, key: 'Tab' | 'Shift+Tab' = 'Tab') {
  for (let presses = 0; presses < 40; presses++) {
    if (await isFocused(target)) return
    await page.keyboard.press(key)
  }
  await expect(target).toBeFocused()
}

test('a first name edit survives a reload, and Save waits for a change', async ({
  page,
  request,
}) => {
  await signIn(page, await freshMember(request))
  const firstName = page.getByLabel('First name')
  const save = page.getByRole('button', { name: 'Save details' })
  await expect(firstName).toHaveValue('Test')
  await expect(save).toBeDisabled()

  await firstName.fill('Margaret')
  await expect(save).toBeEnabled()
  await firstName.fill('Test')
  await expect(save).toBeDisabled()

  await firstName.fill('Margaret')
  await save.click()
  await expect(page.getByText('Saved', { exact: true })).toBeVisible()
  await expect(save).toBeDisabled()
  // The header reads the same cached user.
  await expect(page.getByRole('banner')).toContainText('Margaret')

  await page.reload()
  await expect(page.getByLabel('First name')).toHaveValue('Margaret')
})

test('sign-in and a profile edit work with the keyboard alone', async ({ page, request }) => {
  const email = await freshMember(request)
  await page.goto('/login')
  await tabTo(page, page.getByLabel('Email'))
  await page.keyboard.type(email)
  await tabTo(page, page.getByLabel('Password', { exact: true }))
  await page.keyboard.type(STRONG_PASSWORD)
  await page.keyboard.press('Enter')
  await expect(page.getByRole('heading', { level: 1, name: 'Profile' })).toBeVisible()

  const firstName = page.getByLabel('First name')
  await tabTo(page, page.getByLabel('Last name'))
  // Back with Shift+Tab; entering a text field by keyboard selects what it holds.
  await tabTo(page, firstName, 'Shift+Tab')
  await page.keyboard.type('Grace')
  await tabTo(page, page.getByRole('button', { name: 'Save details' }))
  await page.keyboard.press('Enter')
  await expect(page.getByText('Saved', { exact: true })).toBeVisible()

  const anonymize = page.getByRole('switch', { name: 'Anonymize my data' })
  await tabTo(page, anonymize)
  await page.keyboard.press('Space')
  await expect(anonymize).toHaveAttribute('aria-checked', 'true')

  await page.reload()
  await expect(firstName).toHaveValue('Grace')
  await expect(anonymize).toHaveAttribute('aria-checked', 'true')
})

test('choosing the Staging project switches at once and survives a reload', async ({
  page,
  request,
}) => {
  await signIn(page, await freshMember(request))
  const project = page.getByLabel('Current project')
  await expect(project.locator('option:checked')).toHaveText('Default project')
  // One save model (ADR 0012): no Switch button, the select saves when chosen.
  await expect(page.getByRole('button', { name: /^Switch/ })).toHaveCount(0)

  // Chosen as a user does, from the focused select (selectOption alone does not focus it).
  await project.focus()
  await project.selectOption({ label: 'Staging' })
  await expectBeside(page.getByText('Saved', { exact: true }), project)
  await expectAnnounced(page, 'Switched to the Staging project.')
  await expectFocusKept(project)

  await page.reload()
  await expect(page.getByLabel('Current project').locator('option:checked')).toHaveText('Staging')
})

test('Enter in First name saves and keeps focus in the field; Save keeps it too', async ({
  page,
  request,
}) => {
  await signIn(page, await freshMember(request))
  const firstName = page.getByLabel('First name')
  const save = page.getByRole('button', { name: 'Save details' })
  // A slow answer: the button is busy ("Saving…") long enough for focus to be lost under it.
  await page.route('**/api/users/@me/', async (route) => {
    if (isPatch(route.request())) await new Promise((resolve) => setTimeout(resolve, 300))
    await route.fallback()
  })
  await firstName.fill('Ada')
  await firstName.press('Enter')
  await expect(page.getByRole('button', { name: 'Saving…' })).toBeVisible()
  await expect(page.getByText('Saved', { exact: true })).toBeVisible()
  await expectFocusKept(firstName)
  await expect(save).toBeDisabled()
  // Enter again with nothing changed sends nothing and keeps "Saved".
  await firstName.press('Enter')
  await expect(page.getByText('Saved', { exact: true })).toBeVisible()

  await firstName.fill('Augusta')
  await save.click()
  await expect(page.getByText('Saved', { exact: true })).toBeVisible()
  await expectFocusKept(save)
  await page.reload()
  await expect(firstName).toHaveValue('Augusta')
})

test('a tool switch saves at once and survives a reload', async ({ page, request }) => {
  await signIn(page, await freshMember(request))
  const hints = page.getByRole('switch', { name: 'Show MCP hints after I take actions' })
  await expect(hints).toHaveAttribute('aria-checked', 'true')
  await hints.click()
  await expect(hints).toHaveAttribute('aria-checked', 'false')
  // Visibly, beside the switch, not only to screen readers.
  await expectBeside(page.getByText('Saved', { exact: true }), hints)
  await expectAnnounced(page, 'Show MCP hints after I take actions: off. Saved.')
  await expectFocusKept(hints)

  await page.reload()
  await expect(hints).toHaveAttribute('aria-checked', 'false')
  const me = await page.request.get('/api/users/@me/')
  expect((await me.json()).hide_mcp_hints).toBe(true)
})

test('a failed save keeps the switch and the typed name, and says why', async ({
  page,
  request,
}) => {
  await signIn(page, await freshMember(request))
  await failRequests(page, '**/api/users/@me/', { when: isPatch })

  const toolbar = page.getByRole('switch', { name: 'Show the PostHog toolbar' })
  await toolbar.click()
  await expect(announcer(page)).toContainText('Show the PostHog toolbar was not changed.')
  await expect(toolbar).toHaveAttribute('aria-checked', 'true')
  await expectBeside(page.getByText('Not saved', { exact: true }), toolbar)
  await expect(toolbar).toHaveAccessibleDescription(/Something went wrong on our side/)

  await page.getByLabel('First name').fill('Unsaved')
  await page.getByLabel('First name').press('Enter')
  await expect(page.getByRole('alert')).toContainText('Something went wrong on our side.')
  await expect(page.getByLabel('First name')).toHaveValue('Unsaved')
  await expectFocusKept(page.getByLabel('First name'))

  // Leaving with unsaved changes asks first.
  await page
    .getByRole('navigation', { name: 'Settings' })
    .getByRole('link', { name: 'Password' })
    .click()
  const dialog = page.getByRole('dialog', { name: /unsaved changes/ })
  await expect(dialog).toBeVisible()
  await dialog.getByRole('button', { name: 'Stay' }).click()
  await expect(page.getByLabel('First name')).toHaveValue('Unsaved')
})
