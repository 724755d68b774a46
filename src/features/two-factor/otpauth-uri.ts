/**
 * The setup URI authenticator apps read from the QR code (Key Uri Format, as django-two-factor-auth's
 * get_otpauth_url writes it: `otpauth://totp/<issuer>:<account>?secret=…`). The secret is the
 * first parameter on purpose: some apps stop reading after it. SHA-1 and 30 s are the defaults
 * every app assumes, so only the digits are spelled out.
 */
export function otpauthUri({
  secret,
  account,
  issuer,
}: {
  secret: string
  account: string
  issuer: string
}): string {
  const label = `${encodeURIComponent(issuer)}:${encodeURIComponent(account)}`
  return `otpauth://totp/${label}?secret=${secret}&issuer=${encodeURIComponent(issuer)}&digits=6`
}

/**
 * PostHog names the issuer after the request host. The hostname (no port) keeps the label free
 * of a second colon, which the Key Uri Format reserves to separate issuer and account. Never
 * translated: it is a product name, and apps match an account by it (a German issuer would
 * become a second, different entry in the app).
 */
export const issuerFor = (hostname: string) => (hostname ? `PostHog (${hostname})` : 'PostHog')

/** "ABCDEFGH…" as "ABCD EFGH …", the way apps and people read keys. */
export const groupKey = (secret: string) => secret.match(/.{1,4}/g)?.join(' ') ?? secret
