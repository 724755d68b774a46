import type { Page } from '@playwright/test'
import { routes } from '../src/config/paths'
import {
  createUser,
  DEMO_PASSWORD,
  expect,
  expectNoAxeViolations,
  STRONG_PASSWORD,
  test,
} from './support/fixtures'
import {
  chooseLocale,
  settled,
  shellTranslation,
  signInAnyLanguage,
  visitSettled,
} from './support/locale'
import {
  describeUntranslated,
  intlWords,
  untranslated,
  visibleTexts,
  type Sighting,
} from './support/pseudo'

// Grace is staff, so every page (Users and a user's own page too) is reachable.
const STAFF = 'grace@example.com'

/** Every settings page (src/app/pages.ts) by the English title its <h1> and <title> translate. */
const settingsPages = [
  { path: routes.profile, title: 'Profile' },
  { path: routes.email, title: 'Email' },
  { path: routes.password, title: 'Password' },
  { path: routes.twoFactor, title: 'Two-factor authentication' },
  { path: routes.sessions, title: 'Sessions' },
  { path: routes.personalApiKeys, title: 'Personal API keys' },
  { path: routes.notifications, title: 'Notifications' },
  { path: routes.appearance, title: 'Appearance' },
  { path: routes.dangerZone, title: 'Danger zone' },
  { path: routes.users, title: 'Users' },
] as const
const NOT_FOUND = { path: `${routes.settings}/nowhere`, title: 'Page not found' }

/** PostHog's 403 for a write that needs a fresh sign-in (src/lib/api-client.ts). */
const REAUTH_REQUIRED = {
  type: 'authentication_error',
  code: 'sensitive_action_required_reauth',
  detail: 'This action requires you to be recently authenticated.',
  attr: null,
}

/** Another account, for the user-detail page. */
async function someOtherUser(page: Page) {
  const list = await (await page.request.get('/api/users/?limit=100')).json()
  const user = (list.results as { uuid: string; email: string }[]).find((u) => u.email !== STAFF)
  if (!user) throw new Error('the demo seed has users besides Grace')
  return user.uuid
}

/**
 * What the server holds and the pages show as it is: names, emails, organizations, projects,
 * their dashboards, the sessions' devices and places ("Chrome 159 on Windows 10", PostHog's own
 * wording), API key and passkey labels, read from the API so it also covers what other journeys
 * created.
 */
const DATA_KEYS = ['name', 'first_name', 'last_name', 'device', 'location', 'label']
async function dataOnScreen(page: Page): Promise<string[]> {
  const get = async (url: string) => (await page.request.get(url)).json()
  const me = await get('/api/users/@me/')
  const list = await get('/api/users/?limit=100')
  const teams = new Set<number>()
  const values = new Set<string>()
  const walk = (value: unknown, key = '') => {
    if (Array.isArray(value)) value.forEach((item) => walk(item, key))
    else if (value && typeof value === 'object') {
      for (const [k, v] of Object.entries(value)) walk(v, k)
      if (key === 'team' || key === 'teams') teams.add((value as { id: number }).id)
    } else if (typeof value === 'string' && DATA_KEYS.includes(key)) {
      if (value.trim()) values.add(value.trim())
    }
  }
  walk(me)
  walk(list)
  walk(await get('/api/users/@me/login_sessions/'))
  walk(await get('/api/personal_api_keys/'))
  walk(await get('/api/webauthn/credentials/'))
  for (const team of teams) walk(await get(`/api/projects/${team}/dashboards/`))
  return [...values]
}

test.describe('en-XA, the pseudo-locale', () => {
  test('every page, dialog and state reachable without side effects is pseudo-localized', async ({
    page,
    context,
    baseURL,
  }) => {
    test.setTimeout(180_000)
    await chooseLocale(context, baseURL!, 'en-XA')
    const sightings: Sighting[] = []
    // Lingui warns when it shows a message its catalogue lacks (its id, or the raw source).
    const uncompiled: string[] = []
    page.on('console', (message) => {
      if (message.type() === 'warning' && message.text().includes('Uncompiled message detected'))
        uncompiled.push(
          `${page.url()}: ${message
            .text()
            .split('\n')
            .find((l) => l.startsWith('>'))}`,
        )
    })
    const sweep = async (where: string) => {
      for (const text of await visibleTexts(page)) sightings.push({ where, text })
    }
    const main = page.locator('main')
    const dialog = page.locator('dialog[open]')

    // Sign-in, and its own messages: the fields left empty.
    await page.goto(routes.login)
    await expect(page.locator('html')).toHaveAttribute('lang', 'en-XA')
    await settled(page)
    await sweep('sign-in')
    await main.locator('form button[type="submit"]').click()
    await expect(main.locator('[aria-invalid="true"]').first()).toBeVisible()
    await sweep('sign-in, fields left empty')

    await signInAnyLanguage(page, STAFF, DEMO_PASSWORD)
    const data = [...(await dataOnScreen(page)), ...(await intlWords(page))]
    await expectEveryPageListed(page)

    for (const { path } of settingsPages) {
      await visitSettled(page, path)
      await sweep(path)
    }

    // Password: the strength meter's verdict and advice on a weak password (nothing is sent).
    await visitSettled(page, routes.password)
    await main.locator('input[autocomplete="new-password"]').first().fill('hedgehog')
    await expect(main.locator('.strength-label')).toBeVisible()
    await sweep(`${routes.password}, a weak new password`)

    // Notifications: the re-auth dialog, for a switch the server (the test, here) refuses.
    await visitSettled(page, routes.notifications)
    await page.route('**/api/users/@me/', (route) =>
      route.request().method() === 'PATCH'
        ? route.fulfill({ status: 403, json: REAUTH_REQUIRED })
        : route.fallback(),
    )
    await main.locator('[role="switch"]').first().click()
    await expect(dialog).toBeVisible()
    await sweep('re-auth dialog')
    await page.keyboard.press('Escape')
    await expect(dialog).toBeHidden()
    await sweep(`${routes.notifications}, re-auth dismissed`)
    await page.unroute('**/api/users/@me/')

    // Two-factor: the setup's first step (a new secret; nothing is enabled until a code is sent).
    await visitSettled(page, routes.twoFactor)
    await main.locator('.two-factor .form-actions .btn-primary').click()
    await expect(main.locator('.qr-code')).toBeVisible()
    await sweep(`${routes.twoFactor}, setup started`)

    // Users: a search that finds nobody, and someone's page.
    await visitSettled(page, `${routes.users}?email=nobody%40example.invalid`)
    await sweep(`${routes.users}, nobody found`)
    const uuid = await someOtherUser(page)
    await visitSettled(page, routes.user(uuid))
    await sweep(routes.user(uuid))

    await visitSettled(page, NOT_FOUND.path)
    await sweep(NOT_FOUND.path)

    // Signed out: the sign-in page again.
    await page.locator('.topbar .account button').click()
    await expect(page).toHaveURL(/\/login$/)
    await settled(page)
    await sweep('sign-in, after signing out')

    // Danger zone: the delete dialog, opened and closed, by someone in no organization (a member,
    // like the staff user, is shown the organizations to leave instead: swept above).
    await signInAnyLanguage(page, await createUser(page, { organization: false }), STRONG_PASSWORD)
    // This user's own name ("Signed in as …") is data too: the list above may predate it.
    data.push(...(await dataOnScreen(page)))
    await visitSettled(page, routes.dangerZone)
    await main.locator('.delete-account .form-actions button').click()
    await expect(dialog).toBeVisible()
    await sweep('delete-account dialog')
    await page.keyboard.press('Escape')
    await expect(dialog).toBeHidden()

    // Everything the sweep read, for a reviewer to see what it covered.
    await test.info().attach('en-XA texts', {
      body: JSON.stringify(sightings, null, 2),
      contentType: 'application/json',
    })
    const english = untranslated(sightings, data)
    expect.soft(uncompiled, 'messages Lingui showed uncompiled (not extracted?)').toEqual([])
    expect(english, describeUntranslated(english)).toEqual([])
  })
})

/** A page added to the navigation but not to `settingsPages` would go unchecked: fail instead. */
async function expectEveryPageListed(page: Page) {
  const linked = await page
    .locator('nav.sidenav a')
    .evaluateAll((links) => links.map((a) => new URL((a as HTMLAnchorElement).href).pathname))
  expect(linked.toSorted(), 'settingsPages lists every page in the navigation').toEqual(
    settingsPages.map((p) => p.path).toSorted(),
  )
}

/** The pages a language is checked on: every settings page, the 404 and a user's page. */
async function pagesIn(page: Page) {
  const uuid = await someOtherUser(page)
  return [...settingsPages, NOT_FOUND, { path: routes.user(uuid), title: 'User' }]
}

/** Both themes, as the app follows the device's (the demo users' theme is "system"). */
async function axeInBothThemes(page: Page) {
  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme })
    await expect(page.locator('html')).toHaveAttribute('data-theme', colorScheme)
    await expectNoAxeViolations(page)
  }
}

/** The <h1> and <title> say the page's title in `locale`, as its catalogue does. */
async function expectTitleIn(page: Page, locale: 'de' | 'ar', title: string) {
  const translated = shellTranslation(locale, title)
  expect.soft(translated, `src/lib/locales/${locale}.po translates "${title}"`).not.toBe('')
  await expect.soft(page.getByRole('heading', { level: 1 })).toHaveText(translated || title)
  const product = shellTranslation(locale, 'Account settings') || 'Account settings'
  const frame = shellTranslation(locale, '{page} · {product}') || '{page} · {product}'
  await expect
    .soft(page)
    .toHaveTitle(frame.replace('{page}', translated || title).replace('{product}', product))
}

test.describe('German, from the browser language', () => {
  test.use({ locale: 'de-DE' })

  test('the pages read German and pass axe in both themes', async ({ page }) => {
    test.setTimeout(180_000)
    await page.goto(routes.login)
    await expect(page.locator('html')).toHaveAttribute('lang', 'de')
    await expect(page.locator('html')).toHaveAttribute('dir', 'ltr')
    await settled(page)
    await axeInBothThemes(page)

    await signInAnyLanguage(page, STAFF, DEMO_PASSWORD)
    for (const { path, title } of await pagesIn(page)) {
      await visitSettled(page, path)
      await expect(page.locator('html')).toHaveAttribute('lang', 'de')
      await expectTitleIn(page, 'de', title)
      await axeInBothThemes(page)
    }
  })
})

test.describe('Arabic, right to left', () => {
  test('every page is rtl, the navigation on the right, and passes axe in both themes', async ({
    page,
    context,
    baseURL,
  }) => {
    test.setTimeout(180_000)
    await chooseLocale(context, baseURL!, 'ar')
    await page.goto(routes.login)
    await expect(page.locator('html')).toHaveAttribute('dir', 'rtl')
    await expect(page.locator('html')).toHaveAttribute('lang', 'ar')
    await settled(page)
    await axeInBothThemes(page)

    await signInAnyLanguage(page, STAFF, DEMO_PASSWORD)
    for (const { path, title } of await pagesIn(page)) {
      await visitSettled(page, path)
      await expect(page.locator('html')).toHaveAttribute('dir', 'rtl')
      await expect(page.locator('html')).toHaveAttribute('lang', 'ar')
      const nav = await page.locator('nav.sidenav').boundingBox()
      const content = await page.locator('main').boundingBox()
      expect(nav && content, 'the navigation and the content are on screen').toBeTruthy()
      expect
        .soft(nav!.x, `${path}: the navigation starts right of the content's right edge`)
        .toBeGreaterThanOrEqual(content!.x + content!.width - 1)
      await expectTitleIn(page, 'ar', title)
      await axeInBothThemes(page)
    }
  })
})
