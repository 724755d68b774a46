import { useQueryClient } from '@tanstack/react-query'
import { currentUserQuery, patchCurrentUser } from '../../../lib/current-user'
import { useGuardedMutation } from '../../../lib/use-guarded-mutation'
import { notificationWriteKey, settleNotificationWrites } from './notification-writes'

/**
 * PATCH notification_settings.data_pipeline_error_threshold (a share, 0.0–1.0). Not optimistic:
 * it is a typed value with its own Save. Only the threshold is taken from the answer, as switches
 * of the same page may hold choices still on their way. One at a time.
 */
export function useSaveThreshold() {
  const queryClient = useQueryClient()
  return useGuardedMutation({
    mutationKey: notificationWriteKey,
    mutationFn: (share: number) =>
      patchCurrentUser({ notification_settings: { data_pipeline_error_threshold: share } }),
    onSuccess: (user) =>
      queryClient.setQueryData(currentUserQuery.queryKey, (cached) =>
        cached
          ? {
              ...cached,
              notification_settings: {
                ...cached.notification_settings,
                data_pipeline_error_threshold:
                  user.notification_settings.data_pipeline_error_threshold,
              },
            }
          : user,
      ),
    onSettled: () => {
      void settleNotificationWrites(queryClient, 1)
    },
  })
}
