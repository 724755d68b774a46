import { loadScopes, switchLocale } from '../lib/i18n'
import type { Locale } from '../lib/locales'

/**
 * `speak(locale)` for a feature's component tests: its catalogue (as its route loads it), then
 * the language. Reset with `switchLocale('en')` after each test.
 */
export function speakerFor(scope: string) {
  return async function speak(locale: Locale) {
    await loadScopes([scope])
    await switchLocale(locale)
  }
}
