/**
 * The one inline script of index.html (the theme, set before the first paint), allowed by its
 * SHA-256. Editing that script changes its hash: server/security-headers.test.ts fails and prints
 * the new value, and any e2e test would fail on the CSP violation.
 */
export const INLINE_SCRIPT_HASHES = ["'sha256-7HnqrdpHpADEZYn95FHLIAWH8GdOrABnh3AWEa3ytmI='"]

/**
 * The Content-Security-Policy of every response. Nothing else inline: the bundles and the
 * stylesheets are files from this origin, the favicon is /favicon.svg and the QR code is inline
 * SVG elements (no img-src needed), so no 'unsafe-inline' and no data: URLs. The dev mailbox uses
 * /_dev/mail.css for the same reason. React's style props go through the CSSOM, which style-src
 * does not govern.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  `script-src 'self' ${INLINE_SCRIPT_HASHES.join(' ')}`,
  "style-src 'self'",
  "img-src 'self'",
  "connect-src 'self'",
  "font-src 'self'",
  "manifest-src 'self'",
  "frame-ancestors 'none'",
  "base-uri 'none'",
  "form-action 'self'",
].join('; ')

/** Headers on every response of this server. */
export const SECURITY_HEADERS = {
  'Content-Security-Policy': CONTENT_SECURITY_POLICY,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'same-origin',
  // For browsers without frame-ancestors; both say "never in a frame".
  'X-Frame-Options': 'DENY',
  'Cross-Origin-Opener-Policy': 'same-origin',
} as const

/** Headers on every API (JSON) response: never cached, plus the security headers. */
export const API_HEADERS = {
  'Content-Type': 'application/json',
  'Cache-Control': 'no-store',
  ...SECURITY_HEADERS,
} as const
