/**
 * Where a request comes from, in PostHog's format (contract account-security §2.2): GeoIP2 City
 * of the client IP, "<city>, <country>" or the country alone, null when neither is known.
 * PostHog answers null for loopback and private addresses and when no GeoIP database is loaded.
 * The stand-in ships no GeoIP database and is reached over loopback, so it always knows
 * nothing: a session's location is null and the new-device mail says "Unknown"
 * (docs/decisions/0004-server-differences-from-posthog.md).
 */
export function locationOf(ip: string | null): string | null {
  void ip
  return null
}

/** The country alone, as the new-device mail shows it; null when unknown (the mail's "Unknown"). */
export function countryOf(ip: string | null): string | null {
  void ip
  return null
}
