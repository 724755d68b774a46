import type { QueryClient } from '@tanstack/react-query'
import {
  passkeyCredentialSchema,
  passkeyRegistrationDoneSchema,
  passkeyRegistrationOptionsSchema,
  passkeyRequestOptionsSchema,
  type PasskeyCredential,
} from '../../../../contract/passkeys'
import { passkeyApiPaths } from '../../../config/passkey-paths'
import { apiRequest } from '../../../lib/api-client'
import { ApiError } from '../../../lib/api-error'
import { currentUserQuery } from '../../../lib/current-user'
import { passkeyCredentialsQuery } from '../../../lib/passkey-credentials'
import { createPasskey, getPasskey } from '../../../lib/passkey-ceremony'

export type PasskeyId = PasskeyCredential['id']

/** The user's passkeys (src/lib/passkey-credentials.ts: the re-auth dialog reads them too). */
export const passkeysQueries = {
  all: () => passkeyCredentialsQuery.queryKey,
  list: () => passkeyCredentialsQuery,
}

/**
 * After any change to the passkeys: the list, the user (is_2fa_enabled) and the two-factor
 * status card above, whose key is under the user's too. Not `exact` on purpose.
 */
export const refreshPasskeys = (queryClient: QueryClient) =>
  queryClient.invalidateQueries({ queryKey: currentUserQuery.queryKey })

/** Register: the server's options, the browser's prompt, then the new (unverified) passkey's id. */
export async function registerPasskey(label: string): Promise<PasskeyId> {
  const options = await apiRequest(passkeyApiPaths.registerBegin, {
    method: 'POST',
    schema: passkeyRegistrationOptionsSchema,
  })
  const attestation = await createPasskey(options)
  const done = await apiRequest(passkeyApiPaths.registerComplete, {
    method: 'POST',
    body: { ...attestation, label },
    schema: passkeyRegistrationDoneSchema,
  })
  return done.credential_id
}

/** Verify one stored passkey: a second prompt proves the authenticator holds it. */
export async function verifyPasskey(id: PasskeyId): Promise<PasskeyCredential> {
  const options = await apiRequest(passkeyApiPaths.verify(id), {
    method: 'POST',
    schema: passkeyRequestOptionsSchema,
  })
  const assertion = await getPasskey(options)
  return apiRequest(passkeyApiPaths.verifyComplete(id), {
    method: 'POST',
    body: assertion,
    schema: passkeyCredentialSchema,
  })
}

export const renamePasskey = (id: PasskeyId, label: string) =>
  apiRequest(passkeyApiPaths.credential(id), {
    method: 'PATCH',
    body: { label },
    schema: passkeyCredentialSchema,
  })

/** A passkey already gone (404, deleted in another tab) counts as deleted: the list drops it. */
export async function deletePasskey(id: PasskeyId): Promise<void> {
  try {
    await apiRequest(passkeyApiPaths.credential(id), { method: 'DELETE' })
  } catch (error) {
    if (!(error instanceof ApiError && error.status === 404)) throw error
  }
}
