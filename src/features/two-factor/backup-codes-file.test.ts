import { describe, expect, it } from 'vitest'
import { backupCodesFile, codesAsLines, isOneOfCodes, localDate } from './backup-codes-file'

const codes = ['k7d2xq4m', 'a2b3c4d5']

describe('backup codes file', () => {
  it('has a header with product, account and date, then one code per line', () => {
    const text = backupCodesFile(codes, 'jane@example.com', new Date(2025, 2, 4, 23, 30))
    expect(text).toBe(
      [
        'PostHog backup codes',
        'Account: jane@example.com',
        'Created: 2025-03-04',
        'Each code works once, in place of a code from your authenticator app.',
        '',
        'k7d2xq4m',
        'a2b3c4d5',
        '',
      ].join('\n'),
    )
    expect(localDate(new Date(2025, 11, 31))).toBe('2025-12-31')
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
