import type { Locator, Page } from '@playwright/test'
import { routes } from '../src/config/paths'
import { expectAnnounced } from './support/announcer'
import {
  createUser,
  DEMO_PASSWORD,
  expect,
  expectNoAxeViolations,
  signIn,
  test,
} from './support/fixtures'
import { chooseLocale, signInAnyLanguage, visitSettled } from './support/locale'
import {
  describeUntranslated,
  intlWords,
  untranslated,
  visibleTexts,
  type Sighting,
} from './support/pseudo'

const ME = '/api/users/@me/'

/** Calls the API as a script would: only the key, no cookies. */
async function callWithKey(page: Page, value: string, method = 'GET', body?: unknown) {
  return page.evaluate(
    async ({ value, method, body, url }) => {
      const response = await fetch(url, {
        method,
        credentials: 'omit',
        headers: { Authorization: `Bearer ${value}`, 'Content-Type': 'application/json' },
        body: body === undefined ? undefined : JSON.stringify(body),
      })
      return response.status
    },
    { value, method, body, url: ME },
  )
}

/** Presses Tab until `target` has focus (the keyboard's way there). */
async function tabTo(page: Page, target: Locator) {
  for (let i = 0; i < 300; i++) {
    if (await target.evaluate((el) => el === document.activeElement)) return
    await page.keyboard.press('Tab')
  }
  throw new Error('never reached by Tab')
}

const shownValue = async (page: Page) =>
  (await page.getByRole('dialog').locator('.key-value').textContent())!.trim()

test('create a read-only key for one project, use it, see Last used, roll it, revoke it', async ({
  page,
}) => {
  await signIn(page, await createUser(page))
  await visitSettled(page, routes.personalApiKeys)
  await page.getByRole('button', { name: 'Create a key' }).click()
  const form = page.getByRole('dialog', { name: 'Create a personal API key' })
  await form.getByLabel(/^Name/).fill('Script')
  await form.getByLabel('user', { exact: true }).selectOption('read')
  await form.getByRole('radio', { name: 'Only chosen projects' }).check()
  await form
    .getByRole('group', { name: 'Only chosen projects' })
    .getByRole('checkbox')
    .first()
    .check()
  await form.getByRole('button', { name: 'Create key' }).click()

  const shown = page.getByRole('dialog', { name: 'Copy your new key' })
  await expect(shown).toContainText('you won’t see it again')
  const value = await shownValue(page)
  expect(value).toMatch(/^phx_/)
  expect(await callWithKey(page, value)).toBe(200)
  expect(await callWithKey(page, value, 'PATCH', { first_name: 'Mallory' })).toBe(403)
  await shown.getByRole('button', { name: 'Done' }).click()
  await shown.getByRole('button', { name: 'Close without copying' }).click()

  const item = page.getByRole('listitem', { name: 'Script' })
  await expect(item).toContainText('Read-only: 1 scope')
  await page.reload()
  await expect(item.getByRole('definition').nth(4)).not.toHaveText('Never')
  await expect(page.getByText(value)).toHaveCount(0)

  await item.getByRole('button', { name: 'Roll Script' }).click()
  await page.getByRole('button', { name: 'Roll key' }).click()
  await expect(shown).toBeVisible()
  const rolled = await shownValue(page)
  expect(rolled).not.toBe(value)
  expect(await callWithKey(page, value)).toBe(401)
  expect(await callWithKey(page, rolled)).toBe(200)
  await shown.getByRole('button', { name: 'Done' }).click()
  await shown.getByRole('button', { name: 'Close without copying' }).click()

  await item.getByRole('button', { name: 'Delete Script' }).click()
  await page.getByRole('button', { name: 'Delete key' }).click()
  await expectAnnounced(page, 'Script was deleted.')
  expect(await callWithKey(page, rolled)).toBe(401)
})

test('keyboard only: create a key and revoke it', async ({ page }) => {
  await signIn(page, await createUser(page))
  await visitSettled(page, routes.personalApiKeys)
  await tabTo(page, page.getByRole('button', { name: 'Create a key' }))
  await page.keyboard.press('Enter')
  const form = page.getByRole('dialog', { name: 'Create a personal API key' })
  await expect(form.getByLabel(/^Name/)).toBeFocused()
  await page.keyboard.type('Keyboard')
  await page.keyboard.press('Tab')
  await expect(form.getByLabel('Start from')).toBeFocused()
  await form.getByLabel('Start from').selectOption('local_evaluation')
  await tabTo(page, form.getByRole('button', { name: 'Create key' }))
  await page.keyboard.press('Enter')
  const shown = page.getByRole('dialog', { name: 'Copy your new key' })
  await expect(shown).toBeVisible()
  await tabTo(page, shown.getByRole('button', { name: 'Done' }))
  await page.keyboard.press('Enter')
  await page.keyboard.press('Enter')
  await expect(shown).toBeHidden()
  await tabTo(page, page.getByRole('button', { name: 'Delete Keyboard' }))
  await page.keyboard.press('Enter')
  const confirm = page.getByRole('dialog', { name: 'Delete Keyboard?' })
  await expect(confirm.getByRole('button', { name: 'Cancel' })).toBeFocused()
  await page.keyboard.press('Shift+Tab')
  await expect(confirm.getByRole('button', { name: 'Delete key' })).toBeFocused()
  await page.keyboard.press('Enter')
  await expectAnnounced(page, 'Keyboard was deleted.')
  await expect(page.getByRole('button', { name: 'Create a key' })).toBeFocused()
})

test('axe: the page, the form and the value, light and dark, and in Arabic', async ({
  page,
  context,
  baseURL,
}) => {
  const email = await createUser(page)
  await signIn(page, email)
  await visitSettled(page, routes.personalApiKeys)
  await page.getByRole('button', { name: 'Create a key' }).click()
  const form = page.getByRole('dialog')
  await form.getByLabel(/^Name/).fill('Axe')
  await form.getByLabel('Start from').selectOption('analytics')
  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme })
    await expectNoAxeViolations(page)
  }
  await form.getByRole('button', { name: 'Create key' }).click()
  await expect(page.getByRole('dialog', { name: 'Copy your new key' })).toBeVisible()
  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme })
    await expectNoAxeViolations(page)
  }
  await page.keyboard.press('Escape')
  await page.keyboard.press('Escape')
  await expect(page.getByRole('listitem', { name: 'Axe' })).toBeVisible()
  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme })
    await expectNoAxeViolations(page)
  }
  await chooseLocale(context, baseURL!, 'ar')
  await visitSettled(page, routes.personalApiKeys)
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl')
  await expectNoAxeViolations(page)
})

test('en-XA: the page, the form and the confirms show no English', async ({
  page,
  context,
  baseURL,
}) => {
  await chooseLocale(context, baseURL!, 'en-XA')
  await signInAnyLanguage(page, 'ada@example.com', DEMO_PASSWORD)
  const me = await (await page.request.get(ME)).json()
  const keys = (await (await page.request.get('/api/personal_api_keys/')).json()) as {
    label: string
  }[]
  const data = [
    ...keys.map((key) => key.label),
    me.first_name,
    me.last_name,
    me.organization?.name,
    ...(me.organization?.teams ?? []).map((team: { name: string }) => team.name),
    ...(await intlWords(page)),
  ].filter(Boolean)
  const sightings: Sighting[] = []
  const sweep = async (where: string) => {
    for (const text of await visibleTexts(page)) sightings.push({ where, text })
  }
  await visitSettled(page, routes.personalApiKeys)
  await expect(page.locator('.key-item').first()).toBeVisible()
  await sweep('list')
  await page.locator('.personal-api-keys .form-actions .btn-primary').click()
  await page.locator('dialog[open] form button[type="submit"]').click()
  await expect(page.locator('dialog[open] .field-error').first()).toBeVisible()
  await sweep('create form, nothing filled in')
  await page.keyboard.press('Escape')
  for (const index of [1, 2]) {
    await page.locator('.key-actions button').nth(index).click()
    await expect(page.locator('dialog[open]')).toBeVisible()
    await sweep(`confirm ${index}`)
    await page.keyboard.press('Escape')
  }
  const english = untranslated(sightings, data)
  expect(english, describeUntranslated(english)).toEqual([])
})
