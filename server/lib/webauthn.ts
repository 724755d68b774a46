import {
  verifyAuthenticationResponse,
  verifyRegistrationResponse,
  type AuthenticationResponseJSON,
  type AuthenticatorTransport,
  type RegistrationResponseJSON,
} from '@simplewebauthn/server'
import { decodeCredentialPublicKey } from '@simplewebauthn/server/helpers'
import type {
  AuthenticatorType,
  PasskeyCredential,
  PasskeyRequestOptions,
} from '../../contract/passkeys'
import type { WebauthnCredentialRow } from '../store/webauthn-credentials'
import { isoZ } from './clock'
import type { Ctx } from './context'
import { hostName } from './hosts'
import { randomToken } from './ids'

/**
 * The relying party (contract account-security §1.2): PostHog takes SITE_URL's host name and
 * origin; the stand-in takes the request's Host (the served host), unless WEBAUTHN_RP_ID /
 * WEBAUTHN_ORIGIN say otherwise.
 */
export function relyingParty(c: Ctx): { id: string; origin: string } {
  const { config } = c.get('deps')
  const host = c.req.header('Host') ?? 'localhost'
  const scheme = config.secureCookies ? 'https' : new URL(c.req.url).protocol.replace(':', '')
  return {
    id: config.webauthnRpId ?? hostName(host) ?? 'localhost',
    origin: config.webauthnOrigin ?? `${scheme}://${host}`,
  }
}

/** The newest posthog/passkey.py values. */
export const PASSKEY_TIMEOUT_MS = 60_000
export const PASSKEY_ALGORITHMS = [-36, -7, -8]

/** py_webauthn's default: 64 random bytes, base64url. */
export const newChallenge = () => randomToken(64)

/** The user handle: base64url of the 16 bytes of the user's UUID (§1.3). */
export const userHandle = (uuid: string) =>
  Buffer.from(uuid.replace(/-/g, ''), 'hex').toString('base64url')

export function uuidFromHandle(handle: string): string | null {
  const hex = Buffer.from(handle, 'base64url').toString('hex')
  if (hex.length !== 32) return null
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`
}

/** get_authenticator_type (§1.5), in PostHog's order. */
export function authenticatorType(transports: string[]): AuthenticatorType {
  if (transports.length === 0) return 'unknown'
  if (transports.includes('internal') && !transports.includes('hybrid')) return 'platform'
  if (transports.includes('hybrid')) return 'hybrid'
  if (transports.some((t) => ['usb', 'nfc', 'ble'].includes(t))) return 'hardware'
  return 'unknown'
}

export const serializeCredential = (row: WebauthnCredentialRow): PasskeyCredential => ({
  id: row.id,
  label: row.label,
  created_at: isoZ(row.created_at),
  transports: row.transports,
  verified: row.verified,
  authenticator_type: authenticatorType(row.transports),
})

/** A descriptor as options_to_json writes it: `transports` left out when none is stored. */
export const descriptor = (row: WebauthnCredentialRow) => ({
  id: row.credential_id,
  type: 'public-key' as const,
  ...(row.transports.length > 0 ? { transports: row.transports } : {}),
})

export const requestOptions = (
  c: Ctx,
  challenge: string,
  allow: WebauthnCredentialRow[],
): PasskeyRequestOptions => ({
  challenge,
  timeout: PASSKEY_TIMEOUT_MS,
  rpId: relyingParty(c).id,
  allowCredentials: allow.map(descriptor),
  userVerification: 'required',
})

export interface NewCredential {
  credential_id: string
  public_key: Uint8Array
  algorithm: number
  counter: number
  aaguid: string
}

/** The attestation's credential, or null when it does not verify (any reason: one message). */
export async function checkRegistration(
  c: Ctx,
  response: unknown,
  challenge: string,
): Promise<NewCredential | null> {
  const rp = relyingParty(c)
  try {
    const result = await verifyRegistrationResponse({
      response: response as RegistrationResponseJSON,
      expectedChallenge: challenge,
      expectedOrigin: rp.origin,
      expectedRPID: rp.id,
      requireUserVerification: true,
      supportedAlgorithmIDs: PASSKEY_ALGORITHMS,
    })
    if (!result.verified) return null
    const { credential, aaguid } = result.registrationInfo
    return {
      credential_id: credential.id,
      public_key: credential.publicKey,
      algorithm: algorithmOf(credential.publicKey),
      counter: credential.counter,
      aaguid,
    }
  } catch {
    return null
  }
}

/** The COSE `alg` (label 3) of the stored key. */
const algorithmOf = (cose: Uint8Array): number =>
  Number(decodeCredentialPublicKey(cose as Uint8Array<ArrayBuffer>).get(3) ?? 0)

/**
 * An assertion against a stored credential: the new sign count, or null when it does not verify
 * (the library refuses a count that does not go up when either count is non-zero, §1.9).
 */
export async function checkAssertion(
  c: Ctx,
  response: unknown,
  challenge: string,
  stored: WebauthnCredentialRow,
): Promise<number | null> {
  const rp = relyingParty(c)
  try {
    const result = await verifyAuthenticationResponse({
      response: response as AuthenticationResponseJSON,
      expectedChallenge: challenge,
      expectedOrigin: rp.origin,
      expectedRPID: rp.id,
      requireUserVerification: true,
      credential: {
        id: stored.credential_id,
        publicKey: stored.public_key as Uint8Array<ArrayBuffer>,
        counter: stored.counter,
        transports: stored.transports as AuthenticatorTransport[],
      },
    })
    return result.verified ? result.authenticationInfo.newCounter : null
  } catch {
    return null
  }
}
