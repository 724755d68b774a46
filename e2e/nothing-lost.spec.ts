import type { Locator, Page } from '@playwright/test'
import { createUser, expect, signIn, STRONG_PASSWORD, test } from './support/fixtures'
import { failRequests, isPatch } from './support/routes'

/**
 * Nothing the user typed is lost: a save that fails (a 500, or no network at all) keeps every
 * value and can simply be sent again, and leaving a dirty form (a link, or closing the tab)
 * asks first.
 */

const ME = '**/api/users/@me/'
const SERVER_ERROR = 'Something went wrong on our side. Your changes were not saved; try again.'
const OFFLINE = "We couldn't reach the server. Check your connection and try again."
const UNSAVED = 'You have unsaved changes. Leave this page and lose them?'
const NEW_PASSWORD = 'velvet-otters-juggle-seven-lanterns'

type Failure = 'a 500' | 'a dropped network'
const FAILURES: { failure: Failure; message: string }[] = [
  { failure: 'a 500', message: SERVER_ERROR },
  { failure: 'a dropped network', message: OFFLINE },
]

/** Makes every PATCH of the user fail the given way; reads still reach the server. Counts them. */
const failSaves = (page: Page, failure: Failure) =>
  failRequests(page, ME, { when: isPatch, as: failure === 'a dropped network' ? 'dropped' : '500' })

interface Form {
  name: string
  path: string
  /** Types into every field and returns the fields with the values they must keep. */
  fill(page: Page): Promise<[Locator, string][]>
  save(page: Page): Locator
  saved(page: Page): Locator
  /** What shows the save really happened, once it has. */
  afterSave(page: Page, fields: [Locator, string][]): Promise<void>
}

const profile: Form = {
  name: 'Profile details',
  path: '/settings/profile',
  async fill(page) {
    const fields: [Locator, string][] = [
      [page.getByLabel('First name'), 'Margaret'],
      [page.getByLabel('Last name'), 'Hamilton'],
    ]
    // Typed like a person (keys, not a value set by script), which also counts as a user gesture.
    for (const [field, value] of fields) {
      await field.click()
      await field.press('ControlOrMeta+a')
      await field.pressSequentially(value)
    }
    const role = page.getByLabel('Role at your organization')
    await role.selectOption({ label: 'Product Management' })
    return [...fields, [role, 'product']]
  },
  save: (page) => page.getByRole('button', { name: 'Save details' }),
  saved: (page) => page.getByRole('main').getByText('Saved', { exact: true }),
  // Stored: a reload shows the saved values.
  async afterSave(page, fields) {
    await page.reload()
    await expectKept(fields)
  },
}

const password: Form = {
  name: 'Password',
  path: '/settings/password',
  async fill(page) {
    const fields: [Locator, string][] = [
      [page.getByLabel('Current password', { exact: true }), STRONG_PASSWORD],
      [page.getByLabel('New password', { exact: true }), NEW_PASSWORD],
      [page.getByLabel('Confirm new password', { exact: true }), NEW_PASSWORD],
    ]
    for (const [field, value] of fields) {
      await field.click()
      await field.pressSequentially(value)
    }
    return fields
  },
  save: (page) => page.getByRole('button', { name: 'Change password' }),
  saved: (page) => page.getByRole('main').getByText('Password changed.', { exact: true }),
  afterSave: expectPasswordFormCleared,
}

async function open(page: Page, form: Form) {
  await signIn(page, await createUser(page, { prefix: 'nothing-lost' }))
  await page.goto(form.path)
  await expect(form.save(page)).toBeVisible()
}

/** Password fields are not kept after a save: the form is empty again, ready for the next change. */
async function expectPasswordFormCleared(page: Page) {
  await expect(password.save(page)).toBeDisabled()
}

async function expectKept(fields: [Locator, string][]) {
  for (const [field, value] of fields) await expect(field).toHaveValue(value)
}

for (const form of [profile, password]) {
  for (const { failure, message } of FAILURES) {
    test(`${form.name}: a save failing with ${failure} keeps every typed value and can be retried`, async ({
      page,
    }) => {
      await open(page, form)
      const fields = await form.fill(page)
      const attempts = await failSaves(page, failure)

      await form.save(page).click()
      await expect(page.getByRole('alert').filter({ hasText: message })).toBeVisible()
      await expectKept(fields)
      await expect(form.save(page)).toBeEnabled()
      expect(attempts()).toBe(1)

      // A second failure changes nothing either.
      await form.save(page).click()
      await expect.poll(attempts).toBe(2)
      await expect(page.getByRole('alert').filter({ hasText: message })).toBeVisible()
      await expectKept(fields)

      // The connection is back: the same button sends the kept values.
      await page.unroute(ME)
      await form.save(page).click()
      await expect(form.saved(page)).toBeVisible()
      await expect(page.getByRole('alert').filter({ hasText: message })).toBeHidden()
      await form.afterSave(page, fields)
    })
  }

  test(`${form.name}: the unsaved-changes guard stops a link away from the dirty form`, async ({
    page,
  }) => {
    await open(page, form)
    const fields = await form.fill(page)
    const nav = page.getByRole('navigation', { name: 'Settings' })
    const elsewhere = nav.getByRole('link', { name: form === profile ? 'Password' : 'Profile' })

    await elsewhere.click()
    const dialog = page.getByRole('dialog', { name: UNSAVED })
    await expect(dialog).toBeVisible()
    await dialog.getByRole('button', { name: 'Stay' }).click()
    await expect(dialog).toBeHidden()
    await expect(page).toHaveURL(new RegExp(`${form.path}$`))
    await expectKept(fields)

    await elsewhere.click()
    await dialog.getByRole('button', { name: 'Leave' }).click()
    await expect(page).not.toHaveURL(new RegExp(`${form.path}$`))
    await expect(dialog).toBeHidden()
  })

  test(`${form.name}: closing the tab with unsaved changes asks first`, async ({ page }) => {
    await open(page, form)
    const fields = await form.fill(page)

    const asked = page.waitForEvent('dialog')
    await page.close({ runBeforeUnload: true })
    const dialog = await asked
    expect(dialog.type()).toBe('beforeunload')
    await dialog.dismiss()
    // Staying keeps the tab and everything typed in it.
    expect(page.isClosed()).toBe(false)
    await expectKept(fields)

    // Once saved, nothing is at stake: the tab closes without a prompt.
    await form.save(page).click()
    await expect(form.saved(page)).toBeVisible()
    const prompts: string[] = []
    page.on('dialog', (unexpected) => {
      prompts.push(unexpected.type())
      void unexpected.dismiss()
    })
    const closed = page.waitForEvent('close')
    await page.close({ runBeforeUnload: true })
    await closed
    expect(prompts).toEqual([])
  })
}
