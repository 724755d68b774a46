import { i18n, type Messages } from '@lingui/core'
import { useSyncExternalStore } from 'react'
import { messages as shellEnglish } from './locales/en.po'
import {
  directionOf,
  isLocale,
  pickLocale,
  storeLocale,
  storedLocale,
  type Locale,
} from './locales'

/**
 * The app's one Lingui instance and its catalogues (docs/decisions/0010-translations-lingui.md).
 * A catalogue belongs to a scope: `shell` (src/app, src/lib, src/components) or a feature
 * folder's name. English ships with the code that uses it (`registerEnglish`); every other
 * locale is a lazy chunk per scope, fetched by the loader src/app/catalogues.ts installs.
 */
export { i18n }

export type CatalogueLoader = (scope: string, locale: Locale) => Promise<Messages>

let loadCatalogue: CatalogueLoader = () => Promise.resolve({})
/** The scopes whose code has loaded: a language switch fetches each of them. */
const scopes = new Set<string>(['shell'])
const loaded = new Set<string>()

registerEnglish(shellEnglish)

export function setCatalogueLoader(loader: CatalogueLoader) {
  loadCatalogue = loader
}

/** A scope's English messages, loaded by its strings module as it is imported. */
export function registerEnglish(messages: Messages) {
  i18n.load('en', messages)
}

async function ensure(scope: string, locale: Locale) {
  const key = `${scope}:${locale}`
  if (locale === 'en' || loaded.has(key)) return
  i18n.load(locale, await loadCatalogue(scope, locale))
  loaded.add(key)
}

/** Fetches the scopes' catalogues in the current language (before their page renders). */
export async function loadScopes(names: readonly string[]) {
  names.forEach((name) => scopes.add(name))
  const locale = currentLocale()
  await Promise.all(names.map((name) => ensure(name, locale)))
}

export function currentLocale(): Locale {
  return isLocale(i18n.locale) ? i18n.locale : 'en'
}

const onLocaleChange = (listener: () => void) => i18n.on('change', listener)

/**
 * The active locale, re-rendering the component when it changes. (Lingui's own provider and
 * `useLingui` would do the same for about half a KiB more on the first page.)
 */
export function useLocale(): Locale {
  // The same snapshot on the server: the prerendered shells (src/prerender.tsx) render in it too.
  return useSyncExternalStore(onLocaleChange, currentLocale, currentLocale)
}

function applyToDocument(locale: Locale) {
  const root = document.documentElement
  root.lang = locale
  root.dir = directionOf(locale)
  root.dataset.locale = locale
}

/** The language index.html's script (or the server) chose before the first paint. */
export function initialLocale(): Locale {
  const root = document.documentElement
  const chosen = root.dataset.locale ?? root.lang
  return isLocale(chosen) ? chosen : pickLocale(storedLocale(), navigator.languages)
}

/**
 * A name, an address or any text the user typed, set inside a translated sentence: in a
 * right-to-left language it is isolated (U+2068 … U+2069) so "ada@example.com" does not come
 * out as "example.com@ada" or drag the sentence's punctuation along.
 */
export function isolate(text: string): string {
  return directionOf(currentLocale()) === 'rtl' ? `\u2068${text}\u2069` : text
}

/** Loads the scopes' catalogues and activates the locale; the app renders after this. */
export async function startI18n(locale: Locale, entryScopes: readonly string[] = []) {
  entryScopes.forEach((name) => scopes.add(name))
  await Promise.all([...scopes].map((name) => ensure(name, locale)))
  i18n.activate(locale)
  applyToDocument(locale)
}

/** The picker's choice: every loaded scope in the new language, then remembered on this device. */
export async function switchLocale(locale: Locale) {
  await Promise.all([...scopes].map((name) => ensure(name, locale)))
  i18n.activate(locale)
  applyToDocument(locale)
  storeLocale(locale)
}
