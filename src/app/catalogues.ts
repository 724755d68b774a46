import type { Messages } from '@lingui/core'
import { loadScopes, type CatalogueLoader } from '../lib/i18n'

/**
 * Every catalogue but English, each its own lazy chunk (English ships with the code that uses
 * it). Here rather than in src/lib, which may not import the features' files.
 * docs/decisions/0010-translations-lingui.md
 */
type Catalogue = { messages: Messages }
const shell = import.meta.glob<Catalogue>(['../lib/locales/*.po', '!../lib/locales/en.po'])
// Keys relative to the features folder ("./email/locales/de.po"): shorter, and the map ships in
// the entry chunk.
const features = import.meta.glob<Catalogue>(['./*/locales/*.po', '!./*/locales/en.po'], {
  base: '../features',
})

/** The scopes of the entry chunk: their catalogues load before the first render. */
export const entryScopes = ['shell', 'auth', 'profile'] as const

export const loadCatalogue: CatalogueLoader = async (scope, locale) => {
  const load =
    scope === 'shell'
      ? shell[`../lib/locales/${locale}.po`]
      : features[`./${scope}/locales/${locale}.po`]
  if (!load) throw new Error(`No ${locale} catalogue for ${scope}`)
  return (await load()).messages
}

/** A lazy route module and its feature's catalogues, fetched in parallel. */
export function withCatalogues<T>(load: () => Promise<T>, scopes: readonly string[]) {
  return async () => (await Promise.all([load(), loadScopes(scopes)]))[0]
}
