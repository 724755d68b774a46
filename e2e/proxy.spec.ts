import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { APIRequestContext, Page } from '@playwright/test'
import { spawnServer, type SpawnedServer } from '../server/testing/spawn-server'
import { expect, signIn, STRONG_PASSWORD, test, uniqueEmail } from './support/fixtures'
import { authenticator } from './support/totp'
import { DEV_TOOLS_HEADERS } from './support/dev-tools'

/*
 * Proxy mode end to end: one server plays PostHog (its own port and data), a second runs as
 * `POSTHOG_URL=… server/main.ts` in front of it and serves dist/, a third does the same with
 * POSTHOG_PERSONAL_API_KEY. The browser only ever talks to a proxy.
 */
test.describe.configure({ mode: 'serial' })

const UPSTREAM = 'http://127.0.0.1:8701'
const PROXY = 'http://127.0.0.1:8702'
const KEY_PROXY = 'http://127.0.0.1:8703'
const ADA_KEY = 'phx_proxyE2eKeyForAdaWithUserReadAndWrite00000001'
const NO_KEY_ACCESS = 'This action does not support Personal API Key access'
const UNREACHABLE =
  "We couldn't reach PostHog, so nothing was changed. Check that PostHog is running and try again."

/** The built app the proxies serve: STATIC_DIR, as for the e2e servers, else dist/. */
const APP = process.env.STATIC_DIR || 'dist'

/** `server/main.ts` as its own process (as `npm start` runs it) on `url`'s port. */
const startMain = (url: string, env: Record<string, string>) =>
  spawnServer({ PORT: new URL(url).port, ...env })

const upstreamEnv = {
  DATA_DIR: mkdtempSync(join(tmpdir(), 'account-settings-proxy-upstream-')),
  STATIC_DIR: join(tmpdir(), 'no-app-here'),
  DEMO_PERSONAL_API_KEY: ADA_KEY,
}
let upstream: SpawnedServer
let proxies: SpawnedServer[] = []

test.beforeAll(async () => {
  upstream = await startMain(UPSTREAM, upstreamEnv)
  proxies = await Promise.all([
    startMain(PROXY, { POSTHOG_URL: UPSTREAM, STATIC_DIR: APP }),
    startMain(KEY_PROXY, {
      POSTHOG_URL: UPSTREAM,
      STATIC_DIR: APP,
      POSTHOG_PERSONAL_API_KEY: ADA_KEY,
    }),
  ])
})

test.afterAll(async () => {
  await Promise.all([upstream, ...proxies].map((server) => server?.stop()))
})

/** A fresh account on "PostHog": the proxies have no /_dev. */
async function createUpstreamUser(request: APIRequestContext, prefix: string) {
  const email = uniqueEmail(prefix)
  const response = await request.post(`${UPSTREAM}/_dev/users`, {
    headers: DEV_TOOLS_HEADERS,
    data: { email, password: STRONG_PASSWORD, organization: true, is_staff: false },
  })
  expect(response.status()).toBe(201)
  return email
}

/** The newest email-change code sent to `to`, read from PostHog's (the upstream's) mailbox. */
async function emailCode(request: APIRequestContext, to: string) {
  const mails = async () => {
    const response = await request.get(`${UPSTREAM}/_dev/mail.json`, { headers: DEV_TOOLS_HEADERS })
    return ((await response.json()) as { to: string; subject: string; text: string }[]).filter(
      (m) => m.to === to && m.subject === 'Confirm your new PostHog email address',
    )
  }
  await expect.poll(async () => (await mails()).length, { timeout: 10_000 }).toBeGreaterThan(0)
  return /^\s*(\d{6})\s*$/m.exec((await mails())[0]!.text)![1]!
}

async function editFirstName(page: Page, name: string) {
  await page.goto('/settings/profile')
  await page.getByLabel('First name').fill(name)
  await page.getByRole('button', { name: 'Save details' }).click()
}

test.describe('through the proxy', () => {
  test.use({ baseURL: PROXY })

  test('the proxy says what it is and has no dev mailbox', async ({ request }) => {
    expect(await (await request.get(`${PROXY}/_health`)).json()).toEqual({
      status: 'ok',
      mode: 'proxy',
      upstream: UPSTREAM,
    })
    expect(
      (await request.get(`${PROXY}/_dev/mail.json`, { headers: DEV_TOOLS_HEADERS })).status(),
    ).toBe(404)
    expect(proxies[0]!.output()).toContain(
      `forwarding /api/* and /logout to PostHog at ${UPSTREAM}`,
    )
  })

  test('sign in and a profile edit survive a reload', async ({ page, request }) => {
    await signIn(page, await createUpstreamUser(request, 'proxy-profile'))
    await expect(page).toHaveURL(`${PROXY}/settings/profile`)
    await editFirstName(page, 'Margaret')
    await expect(page.getByText('Saved', { exact: true })).toBeVisible()
    await page.reload()
    await expect(page.getByLabel('First name')).toHaveValue('Margaret')
    const cookies = await page.context().cookies(PROXY)
    expect(cookies.find((c) => c.name === 'sessionid')).toMatchObject({
      domain: '127.0.0.1',
      httpOnly: true,
      sameSite: 'Lax',
    })
  })

  test('two-factor enrolment, then a sign-in with the app code', async ({ page, request }) => {
    const email = await createUpstreamUser(request, 'proxy-2fa')
    await signIn(page, email)
    await page.goto('/settings/two-factor')
    await page.getByRole('button', { name: 'Set up two-factor authentication' }).click()
    await page.getByText('Can’t scan? Type the key instead').click()
    const key = (await page.getByText(/^[A-Z2-7]{4}( [A-Z2-7]{4}){7}$/).textContent())!.replace(
      /\s/g,
      '',
    )
    const totp = authenticator(key)
    await page.getByLabel('6-digit code from your app').fill(totp.now())
    await expect(page.getByRole('heading', { name: 'Save your backup codes' })).toBeFocused()
    const codes = page.getByRole('list', { name: 'Backup codes' }).getByRole('listitem')
    await expect(codes).toHaveCount(10)
    await page.getByRole('checkbox', { name: 'I have saved these codes' }).check()
    await page.getByLabel('Type one of the codes').fill((await codes.first().textContent())!)
    await page.getByRole('button', { name: 'Finish' }).click()
    await expect(
      page.getByRole('heading', { name: 'Two-factor authentication is on' }),
    ).toBeFocused()

    await page.getByRole('button', { name: 'Sign out' }).click()
    await expect(page.getByRole('heading', { level: 1, name: 'Sign in' })).toBeVisible()
    await page.getByLabel('Email').fill(email)
    await page.getByLabel('Password', { exact: true }).fill(STRONG_PASSWORD)
    await page.getByRole('button', { name: 'Sign in', exact: true }).click()
    // Six digits are sent without pressing Verify.
    await page.getByLabel('Authenticator or backup code').fill(totp.next())
    await expect(page.getByRole('navigation', { name: 'Settings' })).toBeVisible()
  })

  test('passkeys: none offered at sign-in or in the settings, which say where they are managed', async ({
    page,
    request,
  }) => {
    // A real PostHog's passkeys belong to PostHog's own host, which this origin cannot use.
    const config = page.waitForResponse((r) => r.url().endsWith('/_app/config'))
    await page.goto('/login')
    expect((await (await config).json()).mode).toBe('proxy')
    await expect(page.getByLabel('Email')).toHaveAttribute('autocomplete', 'username webauthn')
    await expect(page.getByRole('button', { name: 'Sign in with a passkey' })).toHaveCount(0)
    await signIn(page, await createUpstreamUser(request, 'proxy-passkeys'))
    await page.goto('/settings/two-factor')
    const passkeys = page.getByRole('region', { name: 'Passkeys' })
    await expect(passkeys).toContainText('Passkeys for this account are managed in PostHog itself')
    await expect(
      passkeys.getByRole('link', { name: 'Manage your passkeys in PostHog' }),
    ).toHaveAttribute('href', `${UPSTREAM}/settings/user`)
    await expect(passkeys.getByRole('button', { name: 'Add passkey' })).toHaveCount(0)
  })

  test('an email change with the code from PostHog’s mail', async ({ page, request }) => {
    await signIn(page, await createUpstreamUser(request, 'proxy-email'))
    await page.goto('/settings/email')
    const newEmail = uniqueEmail('proxy-email-new')
    await page.getByLabel('New email address').fill(newEmail)
    await page.getByRole('button', { name: 'Send code' }).click()
    await expect(page.getByRole('heading', { name: 'Confirm your new address' })).toBeFocused()
    await page.getByLabel('6-digit code').fill(await emailCode(request, newEmail))
    await expect(
      page.getByRole('main').getByText(`Your email address is now ${newEmail}.`),
    ).toBeVisible()
  })

  test('PostHog stops: a save says so; PostHog is back: the save goes through', async ({
    page,
    request,
  }) => {
    await signIn(page, await createUpstreamUser(request, 'proxy-down'))
    await page.getByLabel('First name').fill('Offline')
    await upstream.stop()
    await page.getByRole('button', { name: 'Save details' }).click()
    await expect(page.getByText(UNREACHABLE)).toBeVisible()
    await expect(page.getByLabel('First name')).toHaveValue('Offline')

    upstream = await startMain(UPSTREAM, upstreamEnv)
    await page.getByRole('button', { name: 'Save details' }).click()
    await expect(page.getByText('Saved', { exact: true })).toBeVisible()
    await expect(page.getByText(UNREACHABLE)).toHaveCount(0)
  })
})

test.describe('with POSTHOG_PERSONAL_API_KEY', () => {
  test.use({ baseURL: KEY_PROXY })

  test('the profile works without signing in; two-factor shows PostHog’s refusal', async ({
    page,
  }) => {
    await page.goto('/settings/profile')
    await expect(page.getByRole('heading', { level: 1, name: 'Profile' })).toBeVisible()
    await expect(page.getByLabel('First name')).toHaveValue('Ada')
    await editFirstName(page, 'Augusta')
    await expect(page.getByText('Saved', { exact: true })).toBeVisible()

    await page.goto('/settings/two-factor')
    await expect(page.getByText(NO_KEY_ACCESS)).toBeVisible()
  })
})
