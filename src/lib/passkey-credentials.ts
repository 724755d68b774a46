import { queryOptions } from '@tanstack/react-query'
import { passkeyCredentialsSchema } from '../../contract/passkeys'
import { passkeyApiPaths } from '../config/passkey-paths'
import { apiRequest } from './api-client'
import { currentUserQuery } from './current-user'

/**
 * The user's passkeys, verified or not, newest first as PostHog sends them: the Passkeys section
 * lists them, and the re-auth dialog offers a passkey only to someone who has a verified one.
 * Keyed under the user so signing out clears them with everything else.
 */
export const passkeyCredentialsQuery = queryOptions({
  queryKey: [...currentUserQuery.queryKey, 'passkeys'] as const,
  queryFn: ({ signal }) =>
    apiRequest(passkeyApiPaths.credentials, { schema: passkeyCredentialsSchema, signal }),
})
