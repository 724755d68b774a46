import type { APIRequestContext, Page } from '@playwright/test'
import { DEMO_PASSWORD, expect, expectNoAxeViolations, test } from './support/fixtures'
import { DEV_TOOLS_HEADERS } from './support/dev-tools'
import { expectAnnounced } from './support/announcer'

// The issue demands the demo users here: "deleting Alan's account works and Ada's explains the 409".
const ALAN = 'alan@example.com'
const ADA = 'ada@example.com'

async function signIn(page: Page, email: string) {
  await page.goto('/login')
  await page.getByLabel('Email').fill(email)
  await page.getByLabel('Password', { exact: true }).fill(DEMO_PASSWORD)
  await page.getByRole('button', { name: 'Sign in', exact: true }).click()
}

async function openDangerZone(page: Page) {
  await expect(page).toHaveURL(/\/settings\/profile$/)
  await page
    .getByRole('navigation', { name: 'Settings' })
    .getByRole('link', { name: 'Danger zone' })
    .click()
  await expect(page.getByRole('heading', { level: 1, name: 'Danger zone' })).toBeVisible()
  await expect(page).toHaveTitle(/^Danger zone · /)
}

async function confirmDeletion(page: Page) {
  await page.getByRole('button', { name: 'Delete account…' }).click()
  const dialog = page.getByRole('dialog', { name: 'Delete your account?' })
  await expect(dialog).toBeVisible()
  const deleteButton = dialog.getByRole('button', { name: 'Delete account' })
  await expect(deleteButton).toBeDisabled()
  await dialog.getByLabel(/To confirm, type/).fill(' Delete my account ')
  await expect(deleteButton).toBeEnabled()
  await deleteButton.click()
  return dialog
}

/**
 * Every address the tab shows, page loads and history entries alike, kept in sessionStorage so a
 * full load does not lose it: the sign-in page drops `?account=deleted` once it has read it.
 */
async function recordAddresses(page: Page) {
  await page.addInitScript(() => {
    const log = (url: string | URL | null | undefined) => {
      const seen = JSON.parse(sessionStorage.getItem('addresses') ?? '[]') as string[]
      sessionStorage.setItem(
        'addresses',
        JSON.stringify([...seen, new URL(url ?? location.href, location.href).href]),
      )
    }
    log(location.href)
    for (const method of ['pushState', 'replaceState'] as const) {
      const original = history[method].bind(history)
      history[method] = (state, unused, url) => {
        log(url)
        original(state, unused, url)
      }
    }
  })
  return async () =>
    JSON.parse((await page.evaluate(() => sessionStorage.getItem('addresses'))) ?? '[]') as string[]
}

/**
 * Puts Alan back as the seed made him (other specs, e.g. the users directory, read him), once
 * his deletion has been checked. /_dev/users creates him; his name and role are set as he would.
 */
async function recreateAlan(request: APIRequestContext) {
  const created = await request.post('/_dev/users', {
    headers: DEV_TOOLS_HEADERS,
    data: { email: ALAN, password: DEMO_PASSWORD, organization: false, first_name: 'Alan' },
  })
  expect(created.status()).toBe(201)
  expect(
    (await request.post('/api/login', { data: { email: ALAN, password: DEMO_PASSWORD } })).ok(),
  ).toBe(true)
  const { cookies } = await request.storageState()
  const csrf = cookies.find((cookie) => cookie.name === 'posthog_csrftoken')?.value ?? ''
  const patched = await request.patch('/api/users/@me/', {
    data: { last_name: 'Turing', role_at_organization: 'other' },
    headers: { 'X-CSRFToken': csrf },
  })
  expect(patched.status()).toBe(200)
}

test("deleting Alan's account works: he lands on sign-in and can no longer sign in", async ({
  page,
  request,
}) => {
  const addresses = await recordAddresses(page)
  await signIn(page, ALAN)
  await openDangerZone(page)
  await expect(page.getByText(/still a member/)).toHaveCount(0)

  await confirmDeletion(page)
  await expect(page.getByRole('heading', { level: 1, name: 'Sign in' })).toBeVisible()
  // The app went to /login?account=deleted (which the sign-in page then tidies to /login).
  await expect.poll(addresses).toContain(new URL('/login?account=deleted', page.url()).href)
  // Said on the page and read out.
  const deleted = 'Your account was deleted and you were signed out. You can close this page.'
  await expect(page.getByRole('status').filter({ hasText: deleted }).first()).toBeVisible()
  await expectAnnounced(page, deleted)
  await expectNoAxeViolations(page)

  await page.getByLabel('Email').fill(ALAN)
  await page.getByLabel('Password', { exact: true }).fill(DEMO_PASSWORD)
  await page.getByRole('button', { name: 'Sign in', exact: true }).click()
  await expect(page.getByRole('alert')).toContainText(
    "That email and password don't match an account.",
  )
  await expect(page).toHaveURL(/\/login$/)

  await recreateAlan(request)
})

test('Ada, a member, is not offered deletion: the card links to where her organization is managed', async ({
  page,
}) => {
  await signIn(page, ADA)
  await openDangerZone(page)

  const card = page.getByRole('region', { name: 'Delete your account' })
  await expect(card.getByText(/You can’t delete your account yet/)).toContainText(
    'you are still a member of this organization',
  )
  await expect(card.getByRole('button', { name: /Delete account/ })).toHaveCount(0)
  await expect(page.getByRole('dialog')).toHaveCount(0)
  await expectNoAxeViolations(page)

  // Locally there is no PostHog: the link leads to the dev tools' honest explanation, and back.
  const link = card.getByRole('link', {
    name: 'Why Demo Organization can’t be left on the local server',
  })
  await expect(link).toHaveAttribute('href', '/_dev/organizations')
  await link.click()
  await expect(
    page.getByRole('heading', { level: 1, name: 'Organizations on the local server' }),
  ).toBeVisible()
  await page.getByRole('link', { name: 'Back to the danger zone' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Danger zone' })).toBeVisible()

  // Her account is untouched.
  const me = await page.request.get('/api/users/@me/')
  expect(me.status()).toBe(200)
  expect(await me.json()).toMatchObject({ email: ADA })
})
