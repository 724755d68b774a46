import { describe, expect, it } from 'vitest'
import * as z from 'zod/mini'
import { EMAIL_ADDRESS_MAX_LENGTH, emailAddressCheck, isEmailAddress } from './email'

const label63 = 'a'.repeat(63)

describe('isEmailAddress', () => {
  it.each([
    'ada@example.com',
    'Ada.Lovelace@Example.COM',
    'a@b.co',
    'first.middle.last@sub.domain.example.org',
    "o'brien@example.ie",
    'ada+settings@example.com', // plus-addressing is refused by the email change, not here
    "!#$%&'*/=?^_`{|}~-@example.com",
    '123@456.example',
    'ada@my-host.example.com',
    'ada@xn--bcher-kva.example', // bücher.example in punycode
    'ada@example.xn--p1ai', // a punycode TLD (.рф)
    `${'l'.repeat(64)}@example.com`,
    `ada@${label63}.example.com`,
    `${'l'.repeat(64)}@${[label63, label63, 'b'.repeat(57)].join('.')}.com`, // 254 characters
  ])('accepts %s', (address) => {
    expect(isEmailAddress(address)).toBe(true)
  })

  it.each([
    ['empty', ''],
    ['no @', 'ada.example.com'],
    ['two @', 'ada@lovelace@example.com'],
    ['nothing before @', '@example.com'],
    ['nothing after @', 'ada@'],
    ['a display name', 'em1<ada@example.com>'],
    ['angle brackets only', '<ada@example.com>'],
    ['a name with a space', 'Ada Lovelace <ada@example.com>'],
    ['literal quotes round it', '"x@example.com"'],
    ['a quoted local part', '"ada"@example.com'],
    ['a quoted local part with @', '"a@b"@example.com'],
    ['a comment in the local part', 'ada(x)@example.com'],
    ['a comment in the domain', 'ada@(x)example.com'],
    ['a trailing dot on the domain', 'x@example.com.'],
    ['a leading dot on the domain', 'x@.example.com'],
    ['a double dot in the domain', 'x@example..com'],
    ['a leading dot in the local part', '.ada@example.com'],
    ['a trailing dot in the local part', 'ada.@example.com'],
    ['a double dot in the local part', 'ada..lovelace@example.com'],
    ['a space inside', 'ada lovelace@example.com'],
    ['a leading space', ' ada@example.com'],
    ['a trailing space', 'ada@example.com '],
    ['a tab', 'ada\t@example.com'],
    ['a newline (header injection)', 'ada@example.com\nBcc: eve@example.com'],
    ['a NUL', 'ada\0@example.com'],
    ['a DEL', 'ada\u007f@example.com'],
    ['a zero-width space', 'ada\u200b@example.com'],
    ['a non-breaking space', 'ada\u00a0@example.com'],
    ['a comma list', 'ada@example.com,eve@example.com'],
    ['a semicolon', 'ada;eve@example.com'],
    ['a backslash', 'ada\\@example.com'],
    ['square brackets', 'ada[1]@example.com'],
    ['no TLD', 'ada@localhost'],
    ['an address literal', 'ada@[127.0.0.1]'],
    ['an IPv4 address as domain', 'ada@127.0.0.1'],
    ['a one-letter TLD', 'ada@example.c'],
    ['a TLD with digits', 'ada@example.c0m'],
    ['a label starting with a hyphen', 'ada@-example.com'],
    ['a label ending with a hyphen', 'ada@example-.com'],
    ['an underscore in the domain', 'ada@ex_ample.com'],
    ['a port', 'ada@example.com:25'],
    ['a path', 'ada@example.com/x'],
    ['a Unicode domain (send it as punycode)', 'ada@bücher.example'],
    ['a Unicode local part', 'adá@example.com'],
    ['a full-width @', 'ada＠example.com'],
    ['a Cyrillic look-alike', 'аda@example.com'],
    ['a 65-character local part', `${'l'.repeat(65)}@example.com`],
    ['a 64-character label', `ada@${'a'.repeat(64)}.com`],
    ['255 characters', `${'l'.repeat(64)}@${[label63, label63, 'b'.repeat(58)].join('.')}.com`],
    ['1000 characters', `${'a'.repeat(1000)}@example.com`],
  ])('refuses %s', (_, address) => {
    expect(isEmailAddress(address)).toBe(false)
  })

  it('counts the whole address against the limit', () => {
    expect(EMAIL_ADDRESS_MAX_LENGTH).toBe(254)
  })
})

describe('emailAddressCheck', () => {
  it('fails a schema with the message PostHog uses', () => {
    const schema = z.string().check(emailAddressCheck())
    expect(schema.safeParse('ada@example.com').success).toBe(true)
    const result = schema.safeParse('x@example.com.')
    expect(result.success).toBe(false)
    expect(result.error?.issues[0]?.message).toBe('Enter a valid email address.')
  })
})
