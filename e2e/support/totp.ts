import * as OTPAuth from 'otpauth'

/**
 * Codes an authenticator app would show for a key read off the screen (RFC 6238: SHA-1,
 * 6 digits, 30 s). The server accepts one step either side and never the same step twice.
 */
export function authenticator(key: string) {
  const totp = new OTPAuth.TOTP({
    secret: OTPAuth.Secret.fromBase32(key.replace(/\s/g, '')),
    algorithm: 'SHA1',
    digits: 6,
    period: 30,
  })
  return {
    /** The code showing now. */
    now: () => totp.generate({ timestamp: Date.now() }),
    /**
     * The code of the next 30-s step: valid now (one step of tolerance) and always a later step
     * than a code used a moment ago, which the server refuses to take a second time.
     */
    next: () => totp.generate({ timestamp: Date.now() + 30_000 }),
    /** A code from an hour ago: certainly refused. */
    stale: () => totp.generate({ timestamp: Date.now() - 3_600_000 }),
  }
}

/** Reads a setup link back the way an authenticator app does. */
export const parseSetupLink = (uri: string) => OTPAuth.URI.parse(uri)
