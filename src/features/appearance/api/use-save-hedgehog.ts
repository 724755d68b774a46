import { useMutation, useQueryClient } from '@tanstack/react-query'
import * as z from 'zod/mini'
import type { HedgehogConfig } from '../../../../contract/hedgehog-config'
import { apiPaths } from '../../../config/paths'
import { apiRequest } from '../../../lib/api-client'
import { currentUserQuery } from '../../../lib/current-user'

// The server stores and answers any JSON object (unvalidated); resolveHedgehogConfig reads it.
const storedConfigSchema = z.record(z.string(), z.unknown())

/**
 * PATCH hedgehog_config with the whole config: PostHog replaces the stored object, so a partial
 * body would drop the rest. Exempt from the re-auth window, unlike PATCH /@me.
 */
export function useSaveHedgehog() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (config: HedgehogConfig) =>
      apiRequest(apiPaths.hedgehogConfig, {
        method: 'PATCH',
        body: config,
        schema: storedConfigSchema,
      }),
    onSuccess: (saved) =>
      queryClient.setQueryData(
        currentUserQuery.queryKey,
        (user) => user && { ...user, hedgehog_config: saved },
      ),
  })
}
