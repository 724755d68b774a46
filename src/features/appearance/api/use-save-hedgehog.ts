import { useQueryClient } from '@tanstack/react-query'
import * as z from 'zod/mini'
import type { HedgehogConfig } from '../../../../contract/hedgehog-config'
import { apiPaths } from '../../../config/paths'
import { apiRequest } from '../../../lib/api-client'
import { currentUserQuery } from '../../../lib/current-user'
import { useLatestChoice } from '../../../lib/use-instant-setting'

// The server stores and answers any JSON object (unvalidated); resolveHedgehogConfig reads it.
const storedConfigSchema = z.record(z.string(), z.unknown())

/**
 * PATCH hedgehog_config with the whole config: PostHog replaces the stored object, so a partial
 * body would drop the rest. Exempt from the re-auth window, unlike PATCH /@me. The latest draft
 * wins, one request at a time (useLatestChoice); the server keeps what it is sent, so a draft it
 * answered is the saved one. Only hedgehog_config is taken into the cached user.
 */
export function useSaveHedgehog<T extends HedgehogConfig>() {
  const queryClient = useQueryClient()
  return useLatestChoice<T>({
    send: async (config) => {
      const saved = await apiRequest(apiPaths.hedgehogConfig, {
        method: 'PATCH',
        body: config,
        schema: storedConfigSchema,
      })
      queryClient.setQueryData(
        currentUserQuery.queryKey,
        (user) => user && { ...user, hedgehog_config: saved },
      )
      return config
    },
  })
}
