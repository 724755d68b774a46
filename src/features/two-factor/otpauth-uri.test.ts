import * as OTPAuth from 'otpauth'
import { describe, expect, it } from 'vitest'
import { groupKey, issuerFor, otpauthUri } from './otpauth-uri'

const secret = 'JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP'

describe('otpauthUri', () => {
  it('puts the secret first, names issuer and account, and says 6 digits', () => {
    const uri = otpauthUri({
      secret,
      account: 'jane+2fa@example.com',
      issuer: 'PostHog (us.posthog.com)',
    })
    expect(uri).toBe(
      `otpauth://totp/PostHog%20(us.posthog.com):jane%2B2fa%40example.com?secret=${secret}&issuer=PostHog%20(us.posthog.com)&digits=6`,
    )
  })

  it('is read back by an authenticator library as the right account, issuer and algorithm', () => {
    const parsed = OTPAuth.URI.parse(
      otpauthUri({ secret, account: 'jane@example.com', issuer: issuerFor('app.example.org') }),
    ) as OTPAuth.TOTP
    expect(parsed).toBeInstanceOf(OTPAuth.TOTP)
    expect(parsed.issuer).toBe('PostHog (app.example.org)')
    expect(parsed.label).toBe('jane@example.com')
    expect(parsed.secret.base32).toBe(secret)
    expect(parsed.digits).toBe(6)
    expect(parsed.period).toBe(30)
    expect(parsed.algorithm).toBe('SHA1')
  })

  it('names the issuer after the host, without the port', () => {
    expect(issuerFor('127.0.0.1')).toBe('PostHog (127.0.0.1)')
    expect(issuerFor('')).toBe('PostHog')
  })
})

describe('groupKey', () => {
  it('splits the key into groups of four', () => {
    expect(groupKey(secret)).toBe('JBSW Y3DP EHPK 3PXP JBSW Y3DP EHPK 3PXP')
    expect(groupKey('ABCDEF')).toBe('ABCD EF')
  })
})
