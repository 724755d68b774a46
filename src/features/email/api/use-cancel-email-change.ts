import { useQueryClient } from '@tanstack/react-query'
import { useGuardedMutation } from '../../../lib/use-guarded-mutation'
import { isApiError } from '../../../lib/api-error'
import { currentUserQuery } from '../../../lib/current-user'
import { cancelEmailChange } from './email-requests'

/**
 * Drops the pending address; the server also forgets its code. The answer is the whole user.
 * `differentAddress` only says which way out the user took (the request is the same), so the
 * card can show the pressed button busy.
 */
export function useCancelEmailChange() {
  const queryClient = useQueryClient()
  return useGuardedMutation({
    mutationFn: (_way: { differentAddress: boolean }) => cancelEmailChange(),
    onSuccess: (user) => queryClient.setQueryData(currentUserQuery.queryKey, user),
    onError: (error) => {
      // email_change_request_not_found: finished or cancelled in another tab; catch up.
      if (isApiError(error, 'email_change_request_not_found'))
        return queryClient.invalidateQueries({ queryKey: currentUserQuery.queryKey })
    },
  })
}
