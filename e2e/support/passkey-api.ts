import type { Page } from '@playwright/test'
import { expect } from './fixtures'

/**
 * Adds a verified passkey to the signed-in account from inside the page, without the Passkeys
 * section (built apart): register/begin, the browser's create(), register/complete, then
 * verify and verify_complete with get(), each write with the CSRF header as the app sends it
 * (src/lib/csrf.ts). The page needs a virtual authenticator (support/passkeys.ts).
 * With `secondFactor`, also turns passkeys on as the second factor (PATCH @me).
 */
export async function addVerifiedPasskey(page: Page, { label = 'E2E key', secondFactor = false }) {
  const result = await page.evaluate(
    async ({ label, secondFactor }) => {
      const fromB64 = (text: string) => {
        const base64 = text.replace(/-/g, '+').replace(/_/g, '/')
        const binary = atob(base64 + '='.repeat((4 - (base64.length % 4)) % 4))
        return Uint8Array.from(binary, (c) => c.charCodeAt(0))
      }
      const toB64 = (buffer: ArrayBuffer) =>
        btoa(String.fromCharCode(...new Uint8Array(buffer)))
          .replace(/\+/g, '-')
          .replace(/\//g, '_')
          .replace(/=+$/, '')
      const csrf = () =>
        decodeURIComponent(
          document.cookie
            .split(';')
            .map((part) => part.trim().split('='))
            .find(([name]) => name === 'posthog_csrftoken')?.[1] ?? '',
        )
      const send = async (method: string, path: string, body?: unknown) => {
        const response = await fetch(path, {
          method,
          credentials: 'include',
          headers: { 'Content-Type': 'application/json', 'X-CSRFToken': csrf() },
          body: body === undefined ? undefined : JSON.stringify(body),
        })
        if (!response.ok) throw new Error(`${method} ${path}: ${response.status}`)
        return response.json()
      }
      type Descriptor = { id: string; type: 'public-key'; transports?: string[] }
      const descriptors = (list: Descriptor[]) =>
        list.map((d) => ({ ...d, id: fromB64(d.id) })) as PublicKeyCredentialDescriptor[]

      const creation = await send('POST', '/api/webauthn/register/begin')
      const made = (await navigator.credentials.create({
        publicKey: {
          ...creation,
          challenge: fromB64(creation.challenge),
          user: { ...creation.user, id: fromB64(creation.user.id) },
          excludeCredentials: descriptors(creation.excludeCredentials),
        },
      })) as PublicKeyCredential
      const attestation = made.response as AuthenticatorAttestationResponse
      const done = await send('POST', '/api/webauthn/register/complete', {
        id: made.id,
        rawId: toB64(made.rawId),
        type: made.type,
        response: {
          clientDataJSON: toB64(attestation.clientDataJSON),
          attestationObject: toB64(attestation.attestationObject),
          transports: attestation.getTransports(),
        },
        clientExtensionResults: {},
        label,
      })
      const id = encodeURIComponent(String(done.credential_id))
      const request = await send('POST', `/api/webauthn/credentials/${id}/verify`)
      const got = (await navigator.credentials.get({
        publicKey: {
          ...request,
          challenge: fromB64(request.challenge),
          allowCredentials: descriptors(request.allowCredentials),
        },
      })) as PublicKeyCredential
      const assertion = got.response as AuthenticatorAssertionResponse
      const verified = await send('POST', `/api/webauthn/credentials/${id}/verify_complete`, {
        id: got.id,
        rawId: toB64(got.rawId),
        type: got.type,
        response: {
          authenticatorData: toB64(assertion.authenticatorData),
          clientDataJSON: toB64(assertion.clientDataJSON),
          signature: toB64(assertion.signature),
          userHandle: assertion.userHandle ? toB64(assertion.userHandle) : null,
        },
        clientExtensionResults: {},
      })
      if (secondFactor) await send('PATCH', '/api/users/@me/', { passkeys_enabled_for_2fa: true })
      return { verified: verified.verified as boolean }
    },
    { label, secondFactor },
  )
  expect(result.verified).toBe(true)
}
