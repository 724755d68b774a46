// The budgets of `npm run size` and its verdict, apart from the build so a unit test can check
// them (scripts/size-budgets.test.ts). What is measured and why: docs/decisions/0005.

/** KiB (1024 bytes) of gzip -9 output: product.md, "Performance budgets". */
export const BUDGETS = {
  firstPage: { must: 150, target: 120 },
  allJsButDictionaries: { must: 260, target: 220 },
  dictionaries: { must: 850, target: 300 },
  catalogues: { must: 40, target: 25 },
  css: { must: 20, target: 12 },
}

export const OK = 'ok'
export const OVER_TARGET = 'over target (warning)'
export const OVER_MUST = 'OVER MUST (fails)'

/** A "must" fails the check; a target only warns. Both are inclusive limits ("<= 150"). */
export function verdict(kib, budget) {
  if (kib > budget.must) return OVER_MUST
  if (kib > budget.target) return OVER_TARGET
  return OK
}

/**
 * The outcome of a set of measured rows ({ what, kib, budget }): each row with its status, the
 * closing lines to print and the exit code (1 when any "must" is exceeded).
 */
export function judge(measured) {
  const rows = measured.map((row) => ({ ...row, status: verdict(row.kib, row.budget) }))
  const over = rows.filter((row) => row.status === OVER_MUST)
  const warned = rows.filter((row) => row.status === OVER_TARGET)
  const lines = []
  if (warned.length)
    lines.push(`Over a target, a warning only: ${warned.map((row) => row.what).join(', ')}.`)
  lines.push(
    over.length
      ? `FAILED: over a "must" budget: ${over.map((row) => row.what).join(', ')}.`
      : 'Every "must" budget is met.',
  )
  return { rows, lines, exitCode: over.length ? 1 : 0 }
}

/** Manifest keys of the zxcvbn dictionaries: the language packages, lazy since ADR 0005. */
export const isDictionaryModule = (key) => /(^|\/)node_modules\/@zxcvbn-ts\/language-/.test(key)

/** Manifest keys of a chunk and everything it imports statically, recursively. */
export function staticClosure(manifest, key, seen = new Set()) {
  if (seen.has(key)) return seen
  if (!manifest[key]) throw new Error(`${key} is not in Vite's manifest`)
  seen.add(key)
  for (const dep of manifest[key].imports ?? []) staticClosure(manifest, dep, seen)
  return seen
}

/**
 * Built files of the password-strength dictionaries: their chunks and the chunks only they
 * import (a shared helper that anything else also imports stays in "all JS"). A dictionary
 * bundled into an app chunk has no chunk of its own and so counts as app JS, as it then is.
 */
export function dictionaryFiles(manifest) {
  const keys = Object.keys(manifest)
  const dictionaries = new Set()
  for (const key of keys.filter(isDictionaryModule)) staticClosure(manifest, key, dictionaries)
  const usedElsewhere = new Set()
  for (const key of keys.filter((k) => !dictionaries.has(k)))
    staticClosure(manifest, key, usedElsewhere)
  return new Set(
    [...dictionaries].filter((key) => !usedElsewhere.has(key)).map((key) => manifest[key].file),
  )
}

/**
 * Built files of the translation catalogues other than English, by locale (manifest keys
 * `…/locales/<locale>.po`). English ships inside the code that uses it, so it is app JS; a
 * visitor downloads the catalogues of one other language at most, so each language is measured
 * on its own and "all JS" leaves them out (docs/decisions/0010-translations-lingui.md).
 */
export function catalogueFiles(manifest) {
  const byLocale = new Map()
  for (const [key, chunk] of Object.entries(manifest)) {
    const locale = /(^|\/)locales\/([A-Za-z-]+)\.po$/.exec(key)?.[2]
    if (!locale || locale === 'en') continue
    if (!byLocale.has(locale)) byLocale.set(locale, new Set())
    byLocale.get(locale).add(chunk.file)
  }
  return byLocale
}
