/**
 * PostHog's passkey sign-in endpoints (contract auth §1.4, §1.7). Apart from `apiPaths` as
 * `passkey-paths.ts` is (ADR 0015): only the passkey sign-in's lazy chunk requests them, and
 * paths.ts is in the first page's chunk. The second factor's answer goes to `apiPaths.loginToken`.
 */
export const passkeySignInPaths = {
  loginBegin: '/api/webauthn/login/begin/',
  loginComplete: '/api/webauthn/login/complete/',
  methods: '/api/login/2fa/passkey/methods/',
  secondFactorBegin: '/api/login/2fa/passkey/begin/',
} as const
