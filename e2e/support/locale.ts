import { readFileSync } from 'node:fs'
import type { BrowserContext, Page } from '@playwright/test'
import { LOCALE_COOKIE, type Locale } from '../../src/lib/locales'
import { expect } from './fixtures'

/** The choice the app remembers (src/lib/locales.ts), set before the first page loads. */
export async function chooseLocale(context: BrowserContext, baseURL: string, locale: Locale) {
  await context.addCookies([{ name: LOCALE_COOKIE, value: locale, url: baseURL }])
}

/**
 * Signs in through the sign-in page in any language: by the fields' types and the form's
 * submit button rather than their (translated) names; waits for the settings' navigation.
 */
export async function signInAnyLanguage(page: Page, email: string, password: string) {
  await page.goto('/login')
  const form = page.locator('main form')
  await form.locator('input[type="email"]').fill(email)
  await form.locator('input[type="password"]').fill(password)
  await form.locator('button[type="submit"]').click()
  await expect(page.locator('nav.sidenav')).toBeVisible()
}

/** Goes to `path` and waits until its heading is up and nothing is loading. */
export async function visitSettled(page: Page, path: string) {
  await page.goto(path)
  await settled(page)
}

export async function settled(page: Page) {
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
  await expect(page.locator('[aria-busy="true"]')).toHaveCount(0)
}

/**
 * A .po catalogue's translations by message (and `msgctxt`, joined with U+0004 as Lingui
 * does), read from the file the translators edit. An untranslated message maps to ''.
 */
export function readCatalogue(path: string): Map<string, string> {
  const entries = new Map<string, string>()
  const unquote = (line: string) => JSON.parse(line.slice(line.indexOf('"'))) as string
  let field: 'msgctxt' | 'msgid' | 'msgstr' | null = null
  let entry = { msgctxt: '', msgid: '', msgstr: '' }
  const flush = () => {
    if (entry.msgid) entries.set(key(entry.msgid, entry.msgctxt || undefined), entry.msgstr)
    entry = { msgctxt: '', msgid: '', msgstr: '' }
  }
  for (const raw of readFileSync(path, 'utf8').split('\n')) {
    const line = raw.trim()
    const start = /^(msgctxt|msgid|msgstr) "/.exec(line)
    if (start) {
      const name = start[1] as 'msgctxt' | 'msgid' | 'msgstr'
      if (name !== 'msgstr' && (name === 'msgctxt' || field !== 'msgctxt')) flush()
      field = name
      entry[name] = unquote(line)
    } else if (line.startsWith('"') && field) {
      entry[field] += unquote(line)
    }
  }
  flush()
  return entries
}

const key = (message: string, context?: string) =>
  context ? `${context}\u0004${message}` : message

/** The shell's catalogue in `locale`: page titles, the navigation (src/lib/locales). */
export function shellTranslation(locale: Locale, message: string, context?: string): string {
  return readCatalogue(`src/lib/locales/${locale}.po`).get(key(message, context)) ?? ''
}
