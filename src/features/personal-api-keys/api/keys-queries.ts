import { queryOptions, type QueryClient } from '@tanstack/react-query'
import {
  personalApiKeyListSchema,
  personalApiKeySchema,
  type PersonalApiKey,
  type PersonalApiKeyBody,
  type PersonalApiKeyUpdateBody,
} from '../../../../contract/personal-api-keys'
import { apiPaths } from '../../../config/paths'
import { apiRequest } from '../../../lib/api-client'
import { currentUserQuery } from '../../../lib/current-user'

/** Keyed under the user, so signing out clears the keys with everything else. */
export const keysQueries = {
  all: () => [...currentUserQuery.queryKey, 'personal-api-keys'] as const,
  list: () =>
    queryOptions({
      queryKey: [...keysQueries.all(), 'list'] as const,
      queryFn: ({ signal }) =>
        apiRequest(apiPaths.personalApiKeys, { schema: personalApiKeyListSchema, signal }),
    }),
}

/**
 * The list as the server has it now. A value never goes into the cache: the create and roll
 * answers carry it, and only the dialog that shows it once holds it.
 */
export const refreshKeys = (queryClient: QueryClient) =>
  queryClient.invalidateQueries({ queryKey: keysQueries.list().queryKey, exact: true })

export const createKey = (body: PersonalApiKeyBody): Promise<PersonalApiKey> =>
  apiRequest(apiPaths.personalApiKeys, { method: 'POST', body, schema: personalApiKeySchema })

export const updateKey = (id: string, body: PersonalApiKeyUpdateBody): Promise<PersonalApiKey> =>
  apiRequest(apiPaths.personalApiKey(id), { method: 'PATCH', body, schema: personalApiKeySchema })

export const rollKey = (id: string): Promise<PersonalApiKey> =>
  apiRequest(apiPaths.personalApiKeyRoll(id), { method: 'POST', schema: personalApiKeySchema })

export const deleteKey = (id: string): Promise<void> =>
  apiRequest(apiPaths.personalApiKey(id), { method: 'DELETE' })
