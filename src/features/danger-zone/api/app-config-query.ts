import { queryOptions } from '@tanstack/react-query'
import { appConfigSchema, type AppConfig } from '../../../../contract/app-config'
import { apiRequest } from '../../../lib/api-client'

/** Our own server's path, not PostHog's (server/routes/app-config.ts). */
const APP_CONFIG_PATH = '/_app/config'

/**
 * Which server the app runs behind, and where organizations are managed. null where nobody
 * answers (the app served by nginx next to PostHog): the card then names the organizations
 * without a link rather than guess PostHog's address.
 */
export const appConfigQuery = queryOptions({
  queryKey: ['app-config'] as const,
  queryFn: async ({ signal }): Promise<AppConfig | null> => {
    try {
      return await apiRequest<AppConfig>(APP_CONFIG_PATH, { schema: appConfigSchema, signal })
    } catch {
      return null
    }
  },
  // It changes only when the server restarts in another mode.
  staleTime: Infinity,
})
