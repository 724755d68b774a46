/**
 * PostHog's passkey management endpoints (contract account-security §1). Apart from `apiPaths`
 * only because src/config/paths.ts is in the first page's chunk, which has no room for URLs
 * that only the two-factor page's lazy chunk asks for (docs/decisions/0005-first-page-budget.md).
 * PostHog's SPA calls `register/*` and `…/verify*` without a trailing slash, the list with one.
 */
const id = (value: string | number) => encodeURIComponent(String(value))

export const passkeyApiPaths = {
  registerBegin: '/api/webauthn/register/begin',
  registerComplete: '/api/webauthn/register/complete',
  credentials: '/api/webauthn/credentials/',
  credential: (passkeyId: string | number) => `/api/webauthn/credentials/${id(passkeyId)}/`,
  verify: (passkeyId: string | number) => `/api/webauthn/credentials/${id(passkeyId)}/verify`,
  verifyComplete: (passkeyId: string | number) =>
    `/api/webauthn/credentials/${id(passkeyId)}/verify_complete`,
} as const
