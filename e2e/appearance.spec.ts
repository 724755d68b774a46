import type { Locator, Page } from '@playwright/test'
import { createUser, expect, expectNoAxeViolations, signIn, test } from './support/fixtures'
import { failRequests } from './support/routes'
import { expectBeside, expectFocusKept } from './support/save-status'

/** --bg of each theme in src/styles/tokens.css, as getComputedStyle reports it. */
const BACKGROUND = { light: 'rgb(246, 247, 249)', dark: 'rgb(17, 18, 23)' }

async function openAsNewMember(page: Page) {
  const email = await createUser(page, { prefix: 'appearance' })
  await signIn(page, email)
  await page.goto('/settings/appearance')
  await expect(page.getByRole('heading', { level: 1, name: 'Appearance' })).toBeVisible()
}

const themeRadio = (page: Page, name: string) =>
  page.getByRole('group', { name: 'Theme' }).getByRole('radio', { name })
const lookRadio = (page: Page, name: string) =>
  page.getByRole('group', { name: 'Skin or colour' }).getByRole('radio', { name })
const html = (page: Page) => page.locator('html')
const me = async (page: Page) => (await page.request.get('/api/users/@me/')).json()

async function tabTo(page: Page, target: Locator, limit = 60) {
  for (let i = 0; i < limit; i++) {
    if (await target.evaluate((element) => element === document.activeElement)) return
    await page.keyboard.press('Tab')
  }
  throw new Error('Tab never reached the control')
}

test.describe('theme', () => {
  test.use({ colorScheme: 'light' })

  test('a dark choice is painted dark from the first frame after a reload', async ({ page }) => {
    await openAsNewMember(page)
    await themeRadio(page, 'Dark').click()
    await expect(html(page)).toHaveAttribute('data-theme', 'dark')
    await expect(page.getByRole('status').filter({ hasText: 'Theme' })).toHaveText(
      'Theme: Dark. Saved.',
    )
    await expect(
      page.getByRole('region', { name: 'Theme' }).getByText('Saved', { exact: true }),
    ).toBeVisible()
    expect((await me(page)).theme_mode).toBe('dark')

    // Hold the app's script: whatever is on screen now was decided before any app code ran.
    let release = () => {}
    const held = new Promise<void>((resolve) => (release = resolve))
    await page.route('**/assets/index-*.js', async (route) => {
      await held
      await route.continue()
    })
    await page.reload({ waitUntil: 'commit' })
    await page.waitForFunction(() =>
      [...document.styleSheets].some((sheet) => sheet.href?.includes('/assets/')),
    )
    const beforeApp = await page.evaluate(() => ({
      theme: document.documentElement.dataset.theme,
      background: getComputedStyle(document.documentElement).backgroundColor,
      // Only the prerendered shell (docs/decisions/0013-prerendered-shells.md), not the app.
      appRendered: !document.querySelector('#root > .prerendered:only-child'),
    }))
    expect(beforeApp).toEqual({ theme: 'dark', background: BACKGROUND.dark, appRendered: false })
    release()
    await expect(themeRadio(page, 'Dark')).toBeChecked()
    await expect(html(page)).toHaveAttribute('data-theme', 'dark')
  })

  test('"System" follows the device while the page is open', async ({ page }) => {
    await openAsNewMember(page)
    await themeRadio(page, 'Light').click()
    await expect(page.getByRole('status').filter({ hasText: 'Theme' })).toHaveText(
      'Theme: Light. Saved.',
    )
    await themeRadio(page, 'System').click()
    await expect(page.getByRole('status').filter({ hasText: 'Theme' })).toHaveText(
      'Theme: System. Saved.',
    )
    await expect(html(page)).toHaveAttribute('data-theme', 'light')
    await page.emulateMedia({ colorScheme: 'dark' })
    await expect(html(page)).toHaveAttribute('data-theme', 'dark')
    await expect
      .poll(() => html(page).evaluate((root) => getComputedStyle(root).backgroundColor))
      .toBe(BACKGROUND.dark)
    await page.emulateMedia({ colorScheme: 'light' })
    await expect(html(page)).toHaveAttribute('data-theme', 'light')
    expect((await me(page)).theme_mode).toBe('system')
  })

  test('the theme can be chosen with the keyboard alone', async ({ page }) => {
    await openAsNewMember(page)
    const system = themeRadio(page, 'System')
    await expect(system).toBeChecked()
    await tabTo(page, system)
    await page.keyboard.press('ArrowUp')
    await expect(themeRadio(page, 'Dark')).toBeChecked()
    await expect(themeRadio(page, 'Dark')).toBeFocused()
    await expect(html(page)).toHaveAttribute('data-theme', 'dark')
    await expect(page.getByRole('status').filter({ hasText: 'Theme' })).toHaveText(
      'Theme: Dark. Saved.',
    )
    expect((await me(page)).theme_mode).toBe('dark')
  })
})

test('hedgehog choices change the preview and persist', async ({ page }) => {
  await openAsNewMember(page)
  const preview = page.getByRole('img', { name: /Preview of your hedgehog/ })
  await expect(preview).toHaveAccessibleName(
    'Preview of your hedgehog: default skin, no accessories, hedgehog mode off',
  )
  await page.getByRole('switch', { name: 'Hedgehog mode' }).click()
  await lookRadio(page, 'Green').click()
  await expect(preview).toHaveAttribute('data-look', 'green')
  await lookRadio(page, 'Robohog').click()
  await expect(preview).toHaveAttribute('data-look', 'robohog')
  await expect(lookRadio(page, 'Green')).not.toBeChecked()
  await page
    .getByRole('group', { name: 'Headwear' })
    .getByRole('radio', { name: 'Cowboy hat' })
    .click()
  await page
    .getByRole('group', { name: 'Headwear' })
    .getByRole('radio', { name: 'Top hat' })
    .click()
  await page
    .getByRole('group', { name: 'Eyewear' })
    .getByRole('radio', { name: 'Sunglasses' })
    .click()
  await page.getByRole('switch', { name: 'Party mode' }).click()
  const described =
    'Preview of your hedgehog: robohog skin, wearing top hat and sunglasses, partying'
  await expect(preview).toHaveAccessibleName(described)
  await expect(preview.locator('[data-accessory]')).toHaveCount(2)
  await expect(page.getByText('Saved', { exact: true })).toBeVisible()

  await page.reload()
  await expect(preview).toHaveAccessibleName(described)
  await expect(page.getByRole('switch', { name: 'Hedgehog mode' })).toHaveAttribute(
    'aria-checked',
    'true',
  )
  await expect(lookRadio(page, 'Robohog')).toBeChecked()
  await expect(
    page.getByRole('group', { name: 'Headwear' }).getByRole('radio', { name: 'Top hat' }),
  ).toBeChecked()
  const config = await (await page.request.get('/api/users/@me/hedgehog_config/')).json()
  expect(config).toMatchObject({
    enabled: true,
    skin: 'robohog',
    color: null,
    accessories: ['tophat', 'sunglasses'],
    party_mode_enabled: true,
    walking_enabled: true,
  })
  expect((await me(page)).hedgehog_config).toEqual(config)
})

test('the Project home dashboard persists', async ({ page }) => {
  await openAsNewMember(page)
  const select = page.getByRole('combobox', { name: 'Dashboard for Project home' })
  await expect(page.getByText('None yet: PostHog shows its default dashboard.')).toBeVisible()
  // One save model (ADR 0012): no Save button, the select saves when chosen.
  await expect(page.getByRole('button', { name: 'Save dashboard' })).toHaveCount(0)
  // Chosen as a user does, from the focused select (selectOption alone does not focus it).
  await select.focus()
  await select.selectOption({ label: 'Web analytics' })
  await expectBeside(page.getByText('Saved', { exact: true }), select)
  await expectFocusKept(select)
  await page.reload()
  await expect(select).toHaveValue(/\d+/)
  await expect(select.locator('option:checked')).toHaveText('Web analytics')
  await expect(page.getByRole('definition')).toHaveText('Web analytics')
  const user = await me(page)
  const dashboards = await (
    await page.request.get(`/api/projects/${user.team.id}/dashboards/`)
  ).json()
  const web = dashboards.results.find((d: { name: string }) => d.name === 'Web analytics')
  expect(user.scene_personalisation).toEqual([{ scene: 'ProjectHomepage', dashboard: web.id }])
})

test('the Project home dashboard can be cleared again', async ({ page }) => {
  await openAsNewMember(page)
  const select = page.getByRole('combobox', { name: 'Dashboard for Project home' })
  await select.selectOption({ label: 'Web analytics' })
  await expect(page.getByRole('definition')).toHaveText('Web analytics')
  await select.selectOption({ label: 'No dashboard (the project’s default)' })
  await expect(page.getByText('None yet: PostHog shows its default dashboard.')).toBeVisible()
  await expect(page.getByRole('status').filter({ hasText: 'Project home' })).toHaveText(
    'Project home now opens the project’s default. Saved.',
  )
  await page.reload()
  await expect(select.locator('option:checked')).toHaveText('No dashboard (the project’s default)')
  expect((await me(page)).scene_personalisation).toEqual([])
})

test('a PostHog that refuses to clear keeps the old dashboard and says so', async ({ page }) => {
  await openAsNewMember(page)
  const select = page.getByRole('combobox', { name: 'Dashboard for Project home' })
  await select.selectOption({ label: 'Web analytics' })
  await expect(page.getByRole('definition')).toHaveText('Web analytics')
  await expect(page.getByText('Saved', { exact: true })).toBeVisible()
  await select.focus()
  // Real PostHog has no way to clear a choice: its validate_dashboard(None) answers 500 (ADR 0004).
  await failRequests(page, '**/api/users/@me/scene_personalisation/', {
    when: (request) => request.postDataJSON()?.dashboard === null,
  })
  await select.selectOption({ label: 'No dashboard (the project’s default)' })
  const message = /PostHog didn’t remove the choice, so Project home still opens Web analytics\./
  await expect(select).toHaveAccessibleDescription(message)
  await expect(select).toBeFocused()
  await expect(select.locator('option:checked')).toHaveText('Web analytics')
  await expect(page.getByRole('definition')).toHaveText('Web analytics')
  await expectBeside(page.getByText('Not saved', { exact: true }), select)
  await expect(page.getByRole('status').filter({ hasText: 'remove' })).toHaveText(message)
  await expectNoAxeViolations(page)
  expect((await me(page)).scene_personalisation).toHaveLength(1)
})

for (const theme of ['Light', 'Dark'] as const) {
  test(`both pages have no axe violations in the ${theme.toLowerCase()} theme`, async ({
    page,
  }) => {
    await openAsNewMember(page)
    // Chosen in the app, against the device's opposite, so the app's own theme is what is checked.
    await page.emulateMedia({ colorScheme: theme === 'Dark' ? 'light' : 'dark' })
    await themeRadio(page, theme).click()
    await expect(html(page)).toHaveAttribute('data-theme', theme.toLowerCase())
    await page.getByRole('switch', { name: 'Party mode' }).click()
    // The theme's "Saved" and the hedgehog's.
    await expect(page.getByText('Saved', { exact: true })).toHaveCount(2)
    await expect(page.locator('[aria-busy="true"]')).toHaveCount(0)
    await expectNoAxeViolations(page)
    await page.goto('/settings/notifications')
    await expect(page.getByRole('heading', { level: 1, name: 'Notifications' })).toBeVisible()
    await expect(html(page)).toHaveAttribute('data-theme', theme.toLowerCase())
    await expect(page.locator('[aria-busy="true"]')).toHaveCount(0)
    await expectNoAxeViolations(page)
  })
}
