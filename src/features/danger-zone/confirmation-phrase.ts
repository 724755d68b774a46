import { i18n } from '../../lib/i18n'
import { dangerZoneStrings } from './strings'

/** Lower case in the active language's rules (e.g. Turkish İ), spaces trimmed and collapsed. */
const fold = (value: string) =>
  value.normalize('NFC').trim().replace(/\s+/g, ' ').toLocaleLowerCase(i18n.locale)

/**
 * "Delete My Account " counts: only the words matter, not case or stray spaces. The phrase is
 * the one shown in the user's language (the label quotes it); it never leaves the browser.
 */
export const matchesPhrase = (value: string) => fold(value) === fold(dangerZoneStrings.phrase)
