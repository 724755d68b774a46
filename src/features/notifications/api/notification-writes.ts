import type { QueryClient } from '@tanstack/react-query'
import { currentUserQuery } from '../../../lib/current-user'

/** Every write of this page shares one mutation key, so "is anything still saving?" has one answer. */
export const notificationWriteKey = [...currentUserQuery.queryKey, 'notification_settings'] as const

/**
 * Refetches the user once no write of this page is on its way: the server's whole answer then
 * replaces the per-key values the writes put in the cache. Earlier, a refetch could bring back a
 * value a pending write is about to change. (The switches' useInstantSetting does the same.)
 */
export function settleNotificationWrites(
  queryClient: QueryClient,
  /** 1 from a mutation's own onSettled: it still counts as pending there. */
  ownPending = 0,
): Promise<void> | undefined {
  if (queryClient.isMutating({ mutationKey: notificationWriteKey }) > ownPending) return undefined
  return queryClient.invalidateQueries({ queryKey: currentUserQuery.queryKey, exact: true })
}
