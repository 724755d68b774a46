import { afterEach, describe, expect, it } from 'vitest'
import { switchLocale } from '../../lib/i18n'
import { backupCodesFile, codesAsLines, isOneOfCodes } from './backup-codes-file'
import { speak } from './testing'

const codes = ['k7d2xq4m', 'a2b3c4d5']

describe('backup codes file', () => {
  it('has a header with product, account and date, then one code per line', () => {
    const text = backupCodesFile(codes, 'jane@example.com', new Date(2025, 2, 4, 23, 30))
    expect(text).toBe(
      [
        'PostHog backup codes',
        'Account: jane@example.com',
        'Created: March 4, 2025 (2025-03-04)',
        'Each code works once, in place of a code from your authenticator app.',
        '',
        'k7d2xq4m',
        'a2b3c4d5',
        '',
      ].join('\n'),
    )
    expect(backupCodesFile(codes, 'jane@example.com', new Date(2025, 11, 31))).toContain(
      'Created: December 31, 2025 (2025-12-31)',
    )
  })

  describe("in the page's language", () => {
    afterEach(() => switchLocale('en'))

    it('is headed in German, the day written the German way', async () => {
      await speak('de')
      const text = backupCodesFile(codes, 'jane@example.com', new Date(2025, 2, 4, 23, 30))
      expect(text.split('\n').slice(0, 4)).toEqual([
        'PostHog-Backup-Codes',
        'Konto: jane@example.com',
        'Erstellt am 4. März 2025 (2025-03-04)',
        'Jeder Code funktioniert einmal, anstelle eines Codes aus Ihrer Authenticator-App.',
      ])
    })

    it('is headed in Arabic, the address isolated and the day in Arabic', async () => {
      await speak('ar')
      const [, account, created] = backupCodesFile(
        codes,
        'jane@example.com',
        new Date(2025, 2, 4),
      ).split('\n')
      expect(account).toBe('الحساب: \u2068jane@example.com\u2069')
      // Latin or Arabic-Indic digits, as the browser's Arabic data has it.
      expect(created).toMatch(/^تاريخ الإنشاء: [4٤] مارس (2025|٢٠٢٥) \(\u20682025-03-04\u2069\)$/)
    })
  })

  it('copies one code per line', () => {
    expect(codesAsLines(codes)).toBe('k7d2xq4m\na2b3c4d5')
  })

  it('matches a typed-back code whatever the case or separators', () => {
    expect(isOneOfCodes('K7D2-XQ4M', codes)).toBe(true)
    expect(isOneOfCodes(' a2b3 c4d5 ', codes)).toBe(true)
    expect(isOneOfCodes('k7d2xq4', codes)).toBe(false)
    expect(isOneOfCodes('', codes)).toBe(false)
  })
})
