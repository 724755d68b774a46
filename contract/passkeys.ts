import * as z from 'zod/mini'

// PostHog's passkey (WebAuthn) management and sign-in answers
// (../shared/contract/posthog-account-security-api.md §1, posthog-auth-api.md §1.4, §1.7).
// Most WebAuthn errors are a bare {"error": "…"}, not the envelope.

/** GET /api/webauthn/credentials/: one item (§1.5). Ids are opaque (UUID newest, integer older). */
export const passkeyCredentialSchema = z.object({
  id: z.union([z.string(), z.number()]),
  label: z.string(),
  created_at: z.string(),
  transports: z.array(z.string()),
  verified: z.boolean(),
  authenticator_type: z.string(),
})
export type PasskeyCredential = z.infer<typeof passkeyCredentialSchema>

export const passkeyCredentialsSchema = z.array(passkeyCredentialSchema)

export const AUTHENTICATOR_TYPES = ['platform', 'hybrid', 'hardware', 'unknown'] as const
export type AuthenticatorType = (typeof AUTHENTICATOR_TYPES)[number]

const descriptorSchema = z.object({
  id: z.string(),
  type: z.literal('public-key'),
  transports: z.optional(z.array(z.string())),
})

/** POST /api/webauthn/register/begin (§1.3): creation options as py_webauthn's options_to_json. */
export const passkeyRegistrationOptionsSchema = z.object({
  rp: z.object({ name: z.string(), id: z.string() }),
  user: z.object({ id: z.string(), name: z.string(), displayName: z.string() }),
  challenge: z.string(),
  pubKeyCredParams: z.array(z.object({ type: z.literal('public-key'), alg: z.number() })),
  timeout: z.number(),
  excludeCredentials: z.array(descriptorSchema),
  authenticatorSelection: z.object({
    residentKey: z.string(),
    requireResidentKey: z.optional(z.boolean()),
    userVerification: z.string(),
  }),
  attestation: z.string(),
})
export type PasskeyRegistrationOptions = z.infer<typeof passkeyRegistrationOptionsSchema>

/** verify, login/begin and login/2fa/passkey/begin (§1.8, auth §1.4, §1.7): request options. */
export const passkeyRequestOptionsSchema = z.object({
  challenge: z.string(),
  timeout: z.number(),
  rpId: z.string(),
  allowCredentials: z.array(descriptorSchema),
  userVerification: z.string(),
})
export type PasskeyRequestOptions = z.infer<typeof passkeyRequestOptionsSchema>

/** The browser's RegistrationResponseJSON plus PostHog's `label` (§1.4). */
export const passkeyRegistrationBodySchema = z.object({
  id: z.string(),
  rawId: z.string(),
  type: z.string(),
  response: z.object({
    clientDataJSON: z.string(),
    attestationObject: z.string(),
    transports: z.optional(z.array(z.string())),
  }),
  clientExtensionResults: z.optional(z.record(z.string(), z.unknown())),
  authenticatorAttachment: z.optional(z.nullable(z.string())),
  label: z.optional(z.string()),
})
export type PasskeyRegistrationBody = z.infer<typeof passkeyRegistrationBodySchema>

/** The browser's AuthenticationResponseJSON (§1.8, auth §1.7). */
export const passkeyAssertionSchema = z.object({
  id: z.string(),
  rawId: z.string(),
  type: z.string(),
  response: z.object({
    authenticatorData: z.string(),
    clientDataJSON: z.string(),
    signature: z.string(),
    userHandle: z.optional(z.nullable(z.string())),
  }),
  clientExtensionResults: z.optional(z.record(z.string(), z.unknown())),
  authenticatorAttachment: z.optional(z.nullable(z.string())),
})
export type PasskeyAssertion = z.infer<typeof passkeyAssertionSchema>

/** POST /api/webauthn/register/complete: 200 (§1.4). */
export const passkeyRegistrationDoneSchema = z.object({
  success: z.literal(true),
  credential_id: z.union([z.string(), z.number()]),
  message: z.string(),
})
export type PasskeyRegistrationDone = z.infer<typeof passkeyRegistrationDoneSchema>

/** PATCH /api/webauthn/credentials/{id}/ (§1.6). */
export const passkeyRenameBodySchema = z.object({ label: z.string() })

/** GET /api/login/2fa/passkey/methods/ (auth §1.4): what the pending sign-in's account has. */
export const secondFactorMethodsSchema = z.object({
  has_totp: z.boolean(),
  has_passkeys: z.boolean(),
})
export type SecondFactorMethods = z.infer<typeof secondFactorMethodsSchema>

/** The bare WebAuthn error body. */
export const webauthnErrorSchema = z.object({ error: z.string() })
