import { queryOptions } from '@tanstack/react-query'
import { appConfigSchema, type AppConfig } from '../../contract/app-config'
import { apiRequest } from './api-client'
import { NetworkError } from './api-error'

/** Our own server's path, not PostHog's (server/routes/app-config.ts). */
const APP_CONFIG_PATH = '/_app/config'

/**
 * Which server the app runs behind, and where organizations and passkeys are managed. null where
 * nobody answers (the app served by nginx next to PostHog): the pages then go without a link
 * rather than guess PostHog's address.
 */
export const appConfigQuery = queryOptions({
  queryKey: ['app-config'] as const,
  queryFn: async ({ signal }): Promise<AppConfig | null> => {
    try {
      return await apiRequest<AppConfig>(APP_CONFIG_PATH, { schema: appConfigSchema, signal })
    } catch (error) {
      // No connection says nothing about the server: a failure to retry, not "no config" (which
      // would read as proxy mode and hide the passkeys until a reload).
      if (error instanceof NetworkError) throw error
      return null
    }
  },
  // It changes only when the server restarts in another mode.
  staleTime: Infinity,
})

/**
 * Passkeys can be made and used from this origin only in front of the stand-in. A real PostHog's
 * passkeys belong to PostHog's own host (its relying party), which this origin cannot use: behind
 * the proxy, or with no config at all, the app offers none (docs/decisions/0007-proxy-mode.md).
 */
export const passkeysHere = (config: AppConfig | null | undefined) => config?.mode === 'local'
