import type { Page } from '@playwright/test'
import { port } from './servers'

/**
 * The e2e server under a host name: WebAuthn refuses an IP address as the relying party, so the
 * passkey journeys run on http://localhost (a secure context, still loopback only). Cookies are
 * per host: a test signs in on this origin, not on 127.0.0.1.
 */
export const passkeyBaseURL = `http://localhost:${port}`

/**
 * Chromium's virtual authenticator (CDP WebAuthn domain) for one page: a platform authenticator
 * holding discoverable credentials, which verifies the user and consents at once. `refuse()`
 * makes its next prompts fail as a cancelled one does (the user declined verification).
 */
export async function addVirtualAuthenticator(page: Page) {
  const cdp = await page.context().newCDPSession(page)
  await cdp.send('WebAuthn.enable')
  const { authenticatorId } = await cdp.send('WebAuthn.addVirtualAuthenticator', {
    options: {
      protocol: 'ctap2',
      transport: 'internal',
      hasResidentKey: true,
      hasUserVerification: true,
      isUserVerified: true,
      automaticPresenceSimulation: true,
    },
  })
  const setVerified = (isUserVerified: boolean) =>
    cdp.send('WebAuthn.setUserVerified', { authenticatorId, isUserVerified })
  return {
    /** The credentials the authenticator holds. */
    credentials: async () =>
      (await cdp.send('WebAuthn.getCredentials', { authenticatorId })).credentials,
    refuse: () => setVerified(false),
    accept: () => setVerified(true),
    /** Forgets every passkey, as a new device would have none. */
    clear: () => cdp.send('WebAuthn.clearCredentials', { authenticatorId }),
  }
}
export type VirtualAuthenticator = Awaited<ReturnType<typeof addVirtualAuthenticator>>

/**
 * Chromium's virtual authenticator answers a passkey autofill request (conditional mediation) at
 * once with the passkey it holds, as if the person had picked it: on the sign-in page that signs
 * in before anyone presses anything. A journey that means to type a password, or to press "Sign
 * in with a passkey", first makes the browser say it has no passkey autofill (as Firefox before
 * 119 does), so the app waits for the button. Call before the page loads.
 */
export async function withoutPasskeyAutofill(page: Page) {
  await page.addInitScript(() => {
    Object.defineProperty(PublicKeyCredential, 'isConditionalMediationAvailable', {
      value: () => Promise.resolve(false),
    })
  })
}
