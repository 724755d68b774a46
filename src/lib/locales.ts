/**
 * The languages the app speaks and how one is chosen (docs/decisions/0010-translations-lingui.md).
 * index.html's inline script applies the same rule before the first paint, and the server
 * (server/lib/locale.ts) when it serves the page: keep the three in step.
 */
export const LOCALES = ['en', 'de', 'fr', 'ja', 'ar'] as const
/** Lingui's pseudo-locale: every message accented, for tests and development only. */
export const PSEUDO_LOCALE = 'en-XA'
export type Locale = (typeof LOCALES)[number] | typeof PSEUDO_LOCALE

/** Each language named in itself, as the picker lists them. Not translated, by design. */
export const LOCALE_NAMES: Record<(typeof LOCALES)[number], string> = {
  en: 'English',
  de: 'Deutsch',
  fr: 'Français',
  ja: '日本語',
  ar: 'العربية',
}

/** Remembered on this device; a cookie so the server can serve the page in it too. */
export const LOCALE_COOKIE = 'account_settings_locale'

export function isLocale(value: unknown): value is Locale {
  return value === PSEUDO_LOCALE || (LOCALES as readonly unknown[]).includes(value)
}

export function directionOf(locale: Locale): 'ltr' | 'rtl' {
  return locale === 'ar' ? 'rtl' : 'ltr'
}

/** The stored choice, else the first browser language we speak (by its language part), else en. */
export function pickLocale(
  stored: string | null | undefined,
  languages: readonly string[],
): Locale {
  if (isLocale(stored)) return stored
  for (const tag of languages) {
    if (tag === PSEUDO_LOCALE) return tag
    const language = tag.toLowerCase().split('-')[0]
    if (isLocale(language)) return language
  }
  return 'en'
}

export function storedLocale(): string | null {
  const match = document.cookie.match(new RegExp(`(?:^|; )${LOCALE_COOKIE}=([^;]*)`))
  return match ? decodeURIComponent(match[1]!) : null
}

export function storeLocale(locale: Locale) {
  const secure = location.protocol === 'https:' ? '; Secure' : ''
  document.cookie = `${LOCALE_COOKIE}=${locale}; Path=/; Max-Age=31536000; SameSite=Lax${secure}`
}
