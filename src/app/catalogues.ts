import { loadScopes, type CatalogueLoader } from '../lib/i18n'

/** The scopes of the entry chunk: their catalogues load before the first render. */
export const entryScopes = ['shell', 'auth', 'profile'] as const

/**
 * Every catalogue but English, each its own lazy chunk listed in `catalogue-files.ts` (English
 * ships with the code that uses it). Here rather than in src/lib, which may not import the
 * features' files. docs/decisions/0010-translations-lingui.md
 */
export const loadCatalogue: CatalogueLoader = async (scope, locale) => {
  const { shell, features } = await import('./catalogue-files')
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
