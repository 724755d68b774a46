import { useQueryClient } from '@tanstack/react-query'
import { useGuardedMutation } from '../../../lib/use-guarded-mutation'
import { currentUserQuery, patchCurrentUser } from '../../../lib/current-user'
import { freshDelivery } from '../code-delivery'
import { emailQueries } from './email-queries'

/**
 * PATCH /api/users/@me/ {email}. PostHog stages the address as pending_email and mails a code
 * to it; the answer is the whole user. A stale sign-in gets sensitive_action_required_reauth,
 * which the API client turns into the re-auth dialog and one retry.
 */
export function useChangeEmail() {
  const queryClient = useQueryClient()
  return useGuardedMutation({
    mutationFn: (email: string) => patchCurrentUser({ email }),
    onSuccess: (user) => {
      if (user.pending_email) {
        queryClient.setQueryData(
          emailQueries.delivery(user.uuid, user.pending_email).queryKey,
          freshDelivery(Date.now()),
        )
      }
      queryClient.setQueryData(currentUserQuery.queryKey, user)
    },
  })
}
