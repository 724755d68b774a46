import { LOCALE_COOKIE, LOCALES, type Locale } from '../../contract/locales'

export {
  LOCALES,
  LOCALE_COOKIE,
  PSEUDO_LOCALE,
  directionOf,
  isLocale,
  pickLocale,
  type Locale,
} from '../../contract/locales'

/** Each language named in itself, as the picker lists them. Not translated, by design. */
export const LOCALE_NAMES: Record<(typeof LOCALES)[number], string> = {
  en: 'English',
  de: 'Deutsch',
  fr: 'Français',
  ja: '日本語',
  ar: 'العربية',
}

export function storedLocale(): string | null {
  const match = document.cookie.match(new RegExp(`(?:^|; )${LOCALE_COOKIE}=([^;]*)`))
  return match ? decodeURIComponent(match[1]!) : null
}

export function storeLocale(locale: Locale) {
  const secure = location.protocol === 'https:' ? '; Secure' : ''
  document.cookie = `${LOCALE_COOKIE}=${locale}; Path=/; Max-Age=31536000; SameSite=Lax${secure}`
}
