import type { Page } from '@playwright/test'
import { LOCALE_NAMES, PSEUDO_LOCALE } from '../../src/lib/locales'

/**
 * The pseudo-locale sweep's rules (docs/decisions/0010-translations-lingui.md, "Pseudo-locale
 * e2e"). Lingui's en-XA accents every letter of a message but v and x ("Account settings" comes
 * out as "Àççōũńţ śēţţĩńĝś"), so a run of two or more plain ASCII letters on screen is English
 * that no catalogue translated: a string that is not a message yet, a message read before its
 * catalogue loaded, or text a library wrote. Data is not translated, so the sweep takes it out
 * first: what the server holds (names, emails, organizations, projects), which the journey reads
 * from the API, the words `Intl` writes for the page's locale (en-XA formats dates as English
 * does: "Dec 2, 2026"), and the few words of `ALWAYS_ALLOWED`.
 */

/** The attributes a screen reader or a pointer shows, as well as the page's text. */
const ATTRIBUTES = [
  'aria-label',
  'aria-description',
  'aria-roledescription',
  'aria-valuetext',
  'title',
  'placeholder',
  'alt',
]

/** Brand and product names, said the same in every language. Keep this short. */
export const ALWAYS_ALLOWED: readonly string[] = [
  'PostHog',
  // The language picker names each language in itself, and the pseudo-locale by its tag.
  ...Object.values(LOCALE_NAMES),
  PSEUDO_LOCALE,
]

/** Emails, URLs and host names are data whatever the language. */
const DATA_PATTERNS: readonly RegExp[] = [
  /[\w.+-]+@[\w-]+(\.[\w-]+)+/g,
  /\bhttps?:\/\/\S+/g,
  /\botpauth:\/\/\S+/g,
]

/** A run of ASCII letters that pseudo-localization would have changed (it keeps v and x). */
const ENGLISH_RUN = /[A-Za-z]*[A-UWYZa-uwyz][A-Za-z]*/g

export interface Sighting {
  /** Where the sweep was: a page, a dialog, a state. */
  where: string
  /** Text, `[aria-label] …`, `<title> …`. */
  text: string
}

/**
 * What the page shows now: every rendered text node (visually hidden ones included, display:none
 * and visibility:hidden excluded), the attributes of `ATTRIBUTES` on rendered elements, and
 * document.title. `<code>`, `<kbd>` and `<samp>` hold data (keys, secrets), so they are skipped.
 */
export async function visibleTexts(page: Page): Promise<string[]> {
  return page.evaluate((attributes) => {
    const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'CODE', 'KBD', 'SAMP'])
    /** Options and SVG titles have no box of their own: their select or svg decides. */
    const shown = (element: Element): boolean => {
      const owner =
        element.closest('select') ??
        (element.closest('svg') && !(element instanceof SVGGraphicsElement)
          ? element.closest('svg')
          : null) ??
        element
      return owner.checkVisibility({ visibilityProperty: true })
    }
    const out: string[] = []
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT)
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const text = node.textContent?.replace(/\s+/g, ' ').trim()
      const parent = node.parentElement
      if (!text || !parent) continue
      if (parent.closest([...SKIP].join(',').toLowerCase())) continue
      if (shown(parent)) out.push(text)
    }
    for (const element of document.body.querySelectorAll('*')) {
      if (SKIP.has(element.tagName.toUpperCase()) || !shown(element)) continue
      for (const name of attributes) {
        const value = element.getAttribute(name)?.trim()
        if (value) out.push(`[${name}] ${value}`)
      }
      if (element instanceof HTMLOptGroupElement && element.label)
        out.push(`[label] ${element.label}`)
    }
    out.push(`<title> ${document.title}`)
    return out
  }, ATTRIBUTES)
}

/**
 * The month and weekday names, day periods and relative times ("1 minute ago") `Intl` writes in
 * the page's language: a date in en-XA is formatted as in English, and that is `Intl`'s output,
 * not a missing translation.
 */
export async function intlWords(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const locale = document.documentElement.lang
    const words = new Set<string>()
    const add = (options: Intl.DateTimeFormatOptions, date: Date) =>
      new Intl.DateTimeFormat(locale, options)
        .formatToParts(date)
        .filter((part) => /^(month|weekday|dayPeriod)$/.test(part.type))
        .forEach((part) => words.add(part.value.replace(/\.$/, '')))
    for (let i = 0; i < 12; i++) {
      const date = new Date(2026, i, 1 + i, 9 + i)
      for (const style of ['long', 'short'] as const) {
        add({ month: style, day: 'numeric', weekday: style }, date)
        add({ dateStyle: 'medium', timeStyle: 'short' }, date)
        add({ hour: 'numeric', hour12: true }, date)
      }
    }
    // "1 minute ago", "yesterday" (src/lib/dates.ts formatTimeAgo): Intl's words, not ours.
    const relative = new Intl.RelativeTimeFormat(locale, { numeric: 'auto' })
    for (const unit of ['minute', 'hour', 'day'] as const)
      for (let n = 0; n <= 60; n++)
        relative
          .formatToParts(-n, unit)
          .filter((part) => part.type === 'literal' && part.value.trim())
          .forEach((part) => words.add(part.value.trim()))
    return [...words]
  })
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')

/** The pieces of `text` that are English: what is left once data and allowed words are gone. */
export function englishWords(text: string, data: readonly string[]): string[] {
  let rest = text.replace(/^\[[\w-]+\] |^<title> /, ' ')
  for (const pattern of DATA_PATTERNS) rest = rest.replace(pattern, ' ')
  // Longest first, so "Demo Organization" goes before "Demo".
  const words = [...data, ...ALWAYS_ALLOWED].sort((a, b) => b.length - a.length)
  for (const word of words) {
    const whole = new RegExp(`(?<![\\p{L}\\p{M}])${escape(word)}(?![\\p{L}\\p{M}])`, 'gu')
    rest = rest.replace(whole, ' ')
  }
  // A pseudo-localized word with an ASCII letter or two in it is fine; a run is not.
  return (rest.match(ENGLISH_RUN) ?? []).filter((run) => run.length >= 2)
}

/** Each text with English in it, once, with every place it was seen. */
export function untranslated(
  sightings: readonly Sighting[],
  data: readonly string[],
): { text: string; where: string[] }[] {
  const found = new Map<string, Set<string>>()
  for (const { where, text } of sightings) {
    if (!found.has(text) && englishWords(text, data).length === 0) continue
    found.set(text, (found.get(text) ?? new Set()).add(where))
  }
  return [...found].map(([text, where]) => ({ text, where: [...where] }))
}

/** The failure message: every English string and where it was. */
export function describeUntranslated(found: ReturnType<typeof untranslated>): string {
  return (
    `English left in en-XA (${found.length} strings):\n` +
    found.map(({ text, where }) => `  ${JSON.stringify(text)}  on ${where.join(' | ')}`).join('\n')
  )
}
