import type { Page } from '@playwright/test'
import { routes } from '../src/config/paths'
import { LOCALE_COOKIE } from '../src/lib/locales'
import { expectAnnounced } from './support/announcer'
import {
  createUser,
  expect,
  expectNoAxeViolations,
  signIn,
  STRONG_PASSWORD,
  test,
} from './support/fixtures'
import { shellTranslation, signInAnyLanguage } from './support/locale'

// The language picker on the Appearance page (issue 14, point 4): chosen at once, remembered on
// this device (a cookie), <html lang dir> set, focus kept on the picker, the change announced in
// the new language. And a first visit in the browser's language, with no choice made.

const html = (page: Page) => page.locator('html')
const picker = (page: Page, label: string) => page.getByRole('combobox', { name: label })
/** The page's title in the shell's catalogue (English while the shell is untranslated). */
const appearanceDe = shellTranslation('de', 'Appearance') || 'Appearance'
const appearanceAr = shellTranslation('ar', 'Appearance') || 'Appearance'

async function expectGermanAppearance(page: Page) {
  await expect(html(page)).toHaveAttribute('lang', 'de')
  await expect(html(page)).toHaveAttribute('dir', 'ltr')
  await expect(page.getByRole('heading', { level: 1, name: appearanceDe })).toBeVisible()
  await expect(page).toHaveTitle(new RegExp(appearanceDe))
  await expect(
    page.getByRole('navigation').getByRole('link', { name: appearanceDe }),
  ).toHaveAttribute('aria-current', 'page')
  // The page's own sections, in German.
  await expect(page.getByRole('heading', { level: 2, name: 'Sprache' })).toBeVisible()
  await expect(page.getByRole('heading', { level: 2, name: 'Design' })).toBeVisible()
  await expect(page.getByRole('heading', { level: 2, name: 'Igel' })).toBeVisible()
  await expect(page.getByRole('switch', { name: 'Igelmodus' })).toBeVisible()
  await expect(picker(page, 'Sprache')).toHaveValue('de')
}

test('the picker switches the settings to German, to Arabic right to left, and back', async ({
  page,
  context,
}) => {
  const email = await createUser(page, { prefix: 'language' })
  await signIn(page, email)
  await page.goto(routes.appearance)
  await expect(page.getByRole('heading', { level: 1, name: 'Appearance' })).toBeVisible()
  const english = picker(page, 'Language')
  await expect(english).toHaveValue('en')
  await expect(english.locator('option[lang="de"]')).toHaveText('Deutsch')

  await english.selectOption({ label: 'Deutsch' })
  await expectGermanAppearance(page)
  // The page mounted again in German; focus is back on the picker, and the change is announced.
  await expect(picker(page, 'Sprache')).toBeFocused()
  await expectAnnounced(page, 'Sprache auf Deutsch umgestellt.')
  const cookies = await context.cookies()
  expect(cookies.find((cookie) => cookie.name === LOCALE_COOKIE)?.value).toBe('de')

  await page.reload()
  await expectGermanAppearance(page)

  await picker(page, 'Sprache').selectOption({ label: 'العربية' })
  await expect(html(page)).toHaveAttribute('dir', 'rtl')
  await expect(html(page)).toHaveAttribute('lang', 'ar')
  await expect(page.getByRole('heading', { level: 1, name: appearanceAr })).toBeVisible()
  await expect(page.getByRole('heading', { level: 2, name: 'القنفذ' })).toBeVisible()
  await expect(picker(page, 'اللغة')).toBeFocused()
  await expectAnnounced(page, 'تم تغيير اللغة إلى \u2068العربية\u2069.')
  await expect(page.locator('[aria-busy="true"]')).toHaveCount(0)
  await expectNoAxeViolations(page)

  await picker(page, 'اللغة').selectOption({ label: 'English' })
  await expect(html(page)).toHaveAttribute('dir', 'ltr')
  await expect(html(page)).toHaveAttribute('lang', 'en')
  await expect(page.getByRole('heading', { level: 1, name: 'Appearance' })).toBeVisible()
  await expect(page.getByRole('heading', { level: 2, name: 'Hedgehog' })).toBeVisible()
  await expect(picker(page, 'Language')).toBeFocused()
  await expectAnnounced(page, 'Language changed to English.')
})

test('a language that cannot load keeps the settings in the old one and says so', async ({
  page,
}) => {
  const email = await createUser(page, { prefix: 'language' })
  await signIn(page, email)
  await page.goto(routes.appearance)
  // Every Japanese catalogue chunk fails, as on a dropped connection.
  await page.route(/\/assets\/ja-[\w-]+\.js$/, (route) => route.abort('internetdisconnected'))
  const english = picker(page, 'Language')
  await english.selectOption({ label: '日本語' })
  const message =
    "日本語 couldn't be loaded, so the settings stay in English. Check your connection, then reload the page and try again."
  await expect(english).toHaveAccessibleDescription(message)
  await expect(english).toHaveValue('en')
  await expect(html(page)).toHaveAttribute('lang', 'en')
  await expect(page.getByRole('heading', { level: 1, name: 'Appearance' })).toBeVisible()
  await expectAnnounced(page, message)

  // Chromium keeps a failed import() failed for the page's life: hence "reload the page".
  await page.unroute(/\/assets\/ja-[\w-]+\.js$/)
  await page.reload()
  await expect(english).toHaveAccessibleDescription('')
  await english.selectOption({ label: '日本語' })
  await expect(html(page)).toHaveAttribute('lang', 'ja')
  await expect(picker(page, '言語')).toHaveAccessibleDescription('')
})

test.describe('a browser set to German', () => {
  test.use({ locale: 'de-DE' })

  test('shows the settings in German on the first visit, with no choice made', async ({
    page,
    context,
  }) => {
    const email = await createUser(page, { prefix: 'language-de' })
    await page.goto(routes.login)
    await expect(html(page)).toHaveAttribute('lang', 'de')
    await signInAnyLanguage(page, email, STRONG_PASSWORD)
    await page.goto(routes.appearance)
    await expectGermanAppearance(page)
    const cookies = await context.cookies()
    expect(cookies.map((cookie) => cookie.name)).not.toContain(LOCALE_COOKIE)
  })
})
