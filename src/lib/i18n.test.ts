import { afterEach, describe, expect, it } from 'vitest'
import { currentLocale, i18n, isolate, switchLocale } from './i18n'
import { directionOf, LOCALE_COOKIE, pickLocale, storedLocale } from './locales'
import { formatWait } from './strings'

// Noon UTC on 2 December 2026, formatted in UTC so the machine's time zone does not matter.
const DECEMBER_2 = new Date(Date.UTC(2026, 11, 2, 12))
const mediumDate = { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' } as const
const longDate = { ...mediumDate, month: 'long' } as const

afterEach(async () => {
  // The setup activated English; every test leaves it that way, and no stored choice behind.
  await switchLocale('en')
  document.cookie = `${LOCALE_COOKIE}=; Path=/; Max-Age=0`
})

describe('plurals through the catalogues', () => {
  it('English counts seconds, then whole minutes', () => {
    expect(formatWait(1)).toBe('1 second')
    expect(formatWait(2)).toBe('2 seconds')
    expect(formatWait(60)).toBe('1 minute')
    expect(formatWait(61)).toBe('2 minutes')
    expect(formatWait(120)).toBe('2 minutes')
  })

  it('German has its own words for them', async () => {
    await switchLocale('de')
    expect(formatWait(1)).toBe('1 Sekunde')
    expect(formatWait(2)).toBe('2 Sekunden')
    expect(formatWait(60)).toBe('1 Minute')
    expect(formatWait(120)).toBe('2 Minuten')
  })

  it('Arabic uses all six of its plural categories', async () => {
    expect([0, 1, 2, 3, 11, 100].map((n) => new Intl.PluralRules('ar').select(n))).toEqual([
      'zero',
      'one',
      'two',
      'few',
      'many',
      'other',
    ])
    await switchLocale('ar')
    // One and two are words of their own ("one second", the dual), 3 to 10 a plural, 11 on a singular.
    expect(formatWait(1)).toBe('ثانية واحدة')
    expect(formatWait(2)).toBe('ثانيتين')
    expect(formatWait(3)).toBe('3 ثوانٍ')
    expect(formatWait(11)).toBe('11 ثانية')
    expect(formatWait(120)).toBe('دقيقتين')
  })

  it('Japanese has one form for every count', async () => {
    await switchLocale('ja')
    expect(formatWait(1)).toBe('1秒')
    expect(formatWait(2)).toBe('2秒')
    expect(formatWait(120)).toBe('2分')
  })

  it('the pseudo-locale accents every letter but v and x', async () => {
    await switchLocale('en-XA')
    const wait = formatWait(2)
    expect(wait).toMatch(/^2 \S+$/)
    expect(wait).not.toMatch(/[A-UWYZa-uwyz]/)
  })
})

describe('dates and numbers in the active locale', () => {
  it('German dates and numbers', async () => {
    await switchLocale('de')
    expect(i18n.date(DECEMBER_2, mediumDate)).toBe('2. Dez. 2026')
    expect(i18n.date(DECEMBER_2, longDate)).toBe('2. Dezember 2026')
    expect(i18n.number(1234.5)).toBe('1.234,5')
  })

  it('French groups thousands with a narrow no-break space', async () => {
    await switchLocale('fr')
    expect(i18n.number(1234.5)).toBe('1\u202f234,5')
    expect(i18n.date(DECEMBER_2, mediumDate)).toBe('2 déc. 2026')
  })

  it('Japanese dates', async () => {
    await switchLocale('ja')
    expect(i18n.date(DECEMBER_2, mediumDate)).toBe('2026年12月2日')
  })

  it('Arabic dates name the month in Arabic', async () => {
    await switchLocale('ar')
    const date = i18n.date(DECEMBER_2, longDate)
    expect(date).toContain('ديسمبر')
    // Node 20's ICU writes Latin digits for plain "ar"; Arabic-Indic ones are accepted too.
    expect(date).toMatch(/^(2|٢) ديسمبر (2026|٢٠٢٦)$/)
  })

  it('English, for comparison', () => {
    expect(i18n.date(DECEMBER_2, mediumDate)).toBe('Dec 2, 2026')
    expect(i18n.number(1234.5)).toBe('1,234.5')
  })
})

describe('pickLocale', () => {
  it('a stored choice wins over the browser', () => {
    expect(pickLocale('ja', ['de-DE', 'en'])).toBe('ja')
    expect(pickLocale('en-XA', ['de-DE'])).toBe('en-XA')
  })

  it('a stored value that is no locale is ignored', () => {
    expect(pickLocale('klingon', ['de-DE'])).toBe('de')
  })

  it('takes the first browser language it speaks, by its language part', () => {
    expect(pickLocale(null, ['de-AT'])).toBe('de')
    expect(pickLocale(null, ['pt-BR', 'fr-CA', 'de'])).toBe('fr')
    expect(pickLocale(undefined, ['AR-eg'])).toBe('ar')
  })

  it('falls back to English', () => {
    expect(pickLocale(null, ['pt-BR'])).toBe('en')
    expect(pickLocale(null, [])).toBe('en')
  })

  it('keeps the pseudo-locale whole rather than reading it as English', () => {
    expect(pickLocale(null, ['en-XA', 'de'])).toBe('en-XA')
  })
})

describe('direction', () => {
  it('only Arabic is right to left', () => {
    expect(directionOf('ar')).toBe('rtl')
    for (const locale of ['en', 'de', 'fr', 'ja', 'en-XA'] as const)
      expect(directionOf(locale)).toBe('ltr')
  })

  it('isolate() wraps user text in U+2068 … U+2069 only in Arabic', async () => {
    expect(isolate('ada@example.com')).toBe('ada@example.com')
    await switchLocale('de')
    expect(isolate('ada@example.com')).toBe('ada@example.com')
    await switchLocale('ar')
    expect(isolate('ada@example.com')).toBe('\u2068ada@example.com\u2069')
  })
})

describe('switchLocale', () => {
  it('sets <html lang dir data-locale> and remembers the choice in the cookie', async () => {
    await switchLocale('ar')
    const root = document.documentElement
    expect(currentLocale()).toBe('ar')
    expect(root.lang).toBe('ar')
    expect(root.dir).toBe('rtl')
    expect(root.dataset.locale).toBe('ar')
    expect(storedLocale()).toBe('ar')
    expect(document.cookie).toContain(`${LOCALE_COOKIE}=ar`)

    await switchLocale('de')
    expect(root.lang).toBe('de')
    expect(root.dir).toBe('ltr')
    expect(root.dataset.locale).toBe('de')
    expect(storedLocale()).toBe('de')
  })
})
