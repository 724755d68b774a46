import { useMutation, useQueryClient } from '@tanstack/react-query'
import { currentUserQuery } from '../../../lib/current-user'
import { isApiError } from '../../../lib/api-error'
import { unknownDelivery, type CodeDelivery } from '../code-delivery'
import { emailQueries } from './email-queries'
import { requestEmailVerification } from './email-requests'

interface Vars {
  uuid: string
  pendingEmail: string
}

/** Sends a new code to the pending address; the new code replaces the old one on the server. */
export function useResendCode() {
  const queryClient = useQueryClient()
  const update = ({ uuid, pendingEmail }: Vars, change: (d: CodeDelivery) => CodeDelivery) => {
    const { queryKey } = emailQueries.delivery(uuid, pendingEmail)
    queryClient.setQueryData(queryKey, (d) => change(d ?? unknownDelivery))
  }
  return useMutation({
    mutationFn: ({ uuid }: Vars) => requestEmailVerification(uuid),
    onSuccess: (_answer, vars) =>
      update(vars, (d) => ({ ...d, sentAt: Date.now(), resends: d.resends + 1 })),
    onError: (error, vars) => {
      if (isApiError(error) && error.status === 429) {
        const retryAt = error.retryAfter ? Date.now() + error.retryAfter * 1000 : null
        update(vars, (d) => ({ ...d, exhausted: true, retryAt }))
      }
      // Nothing pending any more (verified or cancelled elsewhere): show the account as it is.
      if (isApiError(error, 'already_verified'))
        return queryClient.invalidateQueries({ queryKey: currentUserQuery.queryKey })
    },
  })
}
