/**
 * The languages the app speaks and how one is chosen, shared by the app (src/lib/locales.ts)
 * and the server that stamps the page with it (server/lib/app-shell.ts); index.html's inline
 * script repeats the rule before the first paint. docs/decisions/0010-translations-lingui.md
 */
export const LOCALES = ['en', 'de', 'fr', 'ja', 'ar'] as const
/** Lingui's pseudo-locale: every message accented, for tests and development only. */
export const PSEUDO_LOCALE = 'en-XA'
export type Locale = (typeof LOCALES)[number] | typeof PSEUDO_LOCALE

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

/** An `Accept-Language` header's tags, most wanted first ("de-DE,de;q=0.9,en;q=0.8"). */
export function acceptedLanguages(header: string | null | undefined): string[] {
  if (!header) return []
  return header
    .split(',')
    .map((part, index) => {
      const [tag = '', ...params] = part.trim().split(';')
      const q = params.map((p) => /^\s*q=([\d.]+)\s*$/.exec(p)?.[1]).find(Boolean)
      return { tag: tag.trim(), q: q === undefined ? 1 : Number(q), index }
    })
    .filter(({ tag, q }) => tag && tag !== '*' && q > 0)
    .sort((a, b) => b.q - a.q || a.index - b.index)
    .map(({ tag }) => tag)
}
