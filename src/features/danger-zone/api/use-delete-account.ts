import { useQueryClient } from '@tanstack/react-query'
import { apiPaths } from '../../../config/paths'
import { apiRequest } from '../../../lib/api-client'
import { isApiError } from '../../../lib/api-error'
import { currentUserQuery } from '../../../lib/current-user'
import { useGuardedMutation } from '../../../lib/use-guarded-mutation'

/** DELETE /api/users/@me/ (204, no body). Never optimistic: the server decides (409 for members). */
export function useDeleteAccount() {
  const queryClient = useQueryClient()
  return useGuardedMutation({
    mutationFn: () => apiRequest(apiPaths.me, { method: 'DELETE' }),
    // The account is gone and so is the session: nothing of it may stay in memory.
    onSuccess: () => queryClient.clear(),
    // Refused for memberships: refresh the user, whose organizations the page lists.
    onError: (error) =>
      isApiError(error) && error.status === 409
        ? queryClient.invalidateQueries({ queryKey: currentUserQuery.queryKey, exact: true })
        : undefined,
  })
}
