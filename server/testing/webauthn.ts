import { createHash, generateKeyPairSync, randomBytes, sign, type KeyObject } from 'node:crypto'
import { expect } from 'vitest'
import type { Client } from './harness'

/**
 * A software authenticator for server tests: one ES256 passkey, attestation "none", assertions
 * signed over authenticatorData ‖ sha256(clientDataJSON), with a tiny CBOR encoder for the few
 * maps WebAuthn needs.
 */

type Cbor = number | string | Uint8Array | CborMap | CborRecord
type CborMap = Map<number | string, Cbor>
interface CborRecord {
  [key: string]: Cbor
}

const head = (major: number, n: number): Buffer => {
  if (n < 24) return Buffer.from([(major << 5) | n])
  if (n < 256) return Buffer.from([(major << 5) | 24, n])
  if (n < 65536) return Buffer.from([(major << 5) | 25, n >> 8, n & 255])
  const b = Buffer.alloc(5)
  b[0] = (major << 5) | 26
  b.writeUInt32BE(n, 1)
  return b
}

export function cbor(value: Cbor): Buffer {
  if (typeof value === 'number') return value >= 0 ? head(0, value) : head(1, -1 - value)
  if (typeof value === 'string') {
    const bytes = Buffer.from(value, 'utf8')
    return Buffer.concat([head(3, bytes.length), bytes])
  }
  if (value instanceof Uint8Array) return Buffer.concat([head(2, value.length), value])
  const entries = value instanceof Map ? [...value] : Object.entries(value)
  return Buffer.concat([
    head(5, entries.length),
    ...entries.flatMap(([k, v]) => [cbor(k), cbor(v)]),
  ])
}

const b64url = (b: Uint8Array | string) => Buffer.from(b).toString('base64url')
const sha256 = (b: Uint8Array | string) => createHash('sha256').update(b).digest()

const UP = 0x01
const UV = 0x04
const AT = 0x40

export class SoftAuthenticator {
  readonly rawId = randomBytes(16)
  readonly id = b64url(this.rawId)
  counter = 0
  /** Set false to leave out the user-verified flag. */
  userVerified = true
  userHandle: string | null = null
  private readonly key: { privateKey: KeyObject; publicKey: KeyObject }

  constructor(
    public origin: string,
    public rpId = new URL(origin).hostname,
    readonly transports: string[] = ['internal'],
  ) {
    this.key = generateKeyPairSync('ec', { namedCurve: 'P-256' })
  }

  private clientData(type: string, challenge: string) {
    return Buffer.from(JSON.stringify({ type, challenge, origin: this.origin, crossOrigin: false }))
  }

  private flags(extra = 0) {
    return UP | (this.userVerified ? UV : 0) | extra
  }

  private counterBytes() {
    const b = Buffer.alloc(4)
    b.writeUInt32BE(this.counter)
    return b
  }

  /** navigator.credentials.create(): a RegistrationResponseJSON for these creation options. */
  register(options: { challenge: string; user?: { id: string } }) {
    const jwk = this.key.publicKey.export({ format: 'jwk' })
    const cose = cbor(
      new Map<number, Cbor>([
        [1, 2],
        [3, -7],
        [-1, 1],
        [-2, Buffer.from(jwk.x!, 'base64url')],
        [-3, Buffer.from(jwk.y!, 'base64url')],
      ]),
    )
    const idLength = Buffer.from([this.rawId.length >> 8, this.rawId.length & 255])
    const authData = Buffer.concat([
      sha256(this.rpId),
      Buffer.from([this.flags(AT)]),
      this.counterBytes(),
      Buffer.alloc(16),
      idLength,
      this.rawId,
      cose,
    ])
    this.userHandle = options.user?.id ?? null
    const attestationObject = cbor({ fmt: 'none', attStmt: {}, authData })
    return {
      id: this.id,
      rawId: this.id,
      type: 'public-key',
      response: {
        clientDataJSON: b64url(this.clientData('webauthn.create', options.challenge)),
        attestationObject: b64url(attestationObject),
        transports: this.transports,
      },
      clientExtensionResults: {},
      authenticatorAttachment: 'platform',
    }
  }

  /** navigator.credentials.get(): an AuthenticationResponseJSON; the counter goes up by `step`. */
  assert(options: { challenge: string }, step = 1) {
    this.counter += step
    const authData = Buffer.concat([
      sha256(this.rpId),
      Buffer.from([this.flags()]),
      this.counterBytes(),
    ])
    const clientDataJSON = this.clientData('webauthn.get', options.challenge)
    const signature = sign(
      'sha256',
      Buffer.concat([authData, sha256(clientDataJSON)]),
      this.key.privateKey,
    )
    return {
      id: this.id,
      rawId: this.id,
      type: 'public-key',
      response: {
        authenticatorData: b64url(authData),
        clientDataJSON: b64url(clientDataJSON),
        signature: b64url(signature),
        ...(this.userHandle ? { userHandle: this.userHandle } : {}),
      },
      clientExtensionResults: {},
      authenticatorAttachment: 'platform',
    }
  }
}

/** Runs register/begin → complete → verify → verify_complete; returns the passkey and its id. */
export async function addPasskey(
  c: Client,
  origin: string,
  { label = 'Laptop', verify = true, transports = ['internal'] } = {},
) {
  const key = new SoftAuthenticator(origin, undefined, transports)
  const options = await c.post('/api/webauthn/register/begin')
  expect(options.status).toBe(200)
  const done = await c.post('/api/webauthn/register/complete', {
    ...key.register(options.body),
    label,
  })
  expect(done.status).toBe(200)
  const id = done.body.credential_id as string
  if (verify) {
    const request = await c.post(`/api/webauthn/credentials/${id}/verify`)
    expect(request.status).toBe(200)
    const verified = await c.post(
      `/api/webauthn/credentials/${id}/verify_complete`,
      key.assert(request.body),
    )
    expect(verified.status).toBe(200)
  }
  return { key, id }
}
