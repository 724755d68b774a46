import { useMutation, useQueryClient } from '@tanstack/react-query'
import { isApiError } from '../../../lib/api-error'
import { currentUserQuery } from '../../../lib/current-user'
import { cancelEmailChange } from './email-requests'

/** Drops the pending address; the server also forgets its code. The answer is the whole user. */
export function useCancelEmailChange() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: cancelEmailChange,
    onSuccess: (user) => queryClient.setQueryData(currentUserQuery.queryKey, user),
    onError: (error) => {
      // email_change_request_not_found: finished or cancelled in another tab; catch up.
      if (isApiError(error, 'email_change_request_not_found'))
        return queryClient.invalidateQueries({ queryKey: currentUserQuery.queryKey })
    },
  })
}
