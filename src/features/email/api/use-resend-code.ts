import { useQueryClient } from '@tanstack/react-query'
import { useGuardedMutation } from '../../../lib/use-guarded-mutation'
import { currentUserQuery } from '../../../lib/current-user'
import { isApiError } from '../../../lib/api-error'
import { freshDelivery, unknownDelivery, type CodeDelivery } from '../code-delivery'
import { emailQueries } from './email-queries'
import { requestEmailVerification } from './email-requests'

interface Vars {
  uuid: string
  /** Where the server sends the code: the pending address, else the account's own. */
  address: string
  /** The first code for an unverified address: it starts the cooldowns rather than using one. */
  first?: boolean
}

/** Sends a (new) code; on the server a new code replaces the old one. */
export function useResendCode() {
  const queryClient = useQueryClient()
  const update = ({ uuid, address }: Vars, change: (d: CodeDelivery) => CodeDelivery) => {
    const { queryKey } = emailQueries.delivery(uuid, address)
    queryClient.setQueryData(queryKey, (d) => change(d ?? unknownDelivery))
  }
  return useGuardedMutation({
    mutationFn: ({ uuid }: Vars) => requestEmailVerification(uuid),
    onSuccess: (_answer, vars) =>
      update(vars, (d) =>
        vars.first
          ? freshDelivery(Date.now())
          : { ...d, sentAt: Date.now(), resends: d.resends + 1 },
      ),
    onError: (error, vars) => {
      // A 429 on a resend uses up the allowance; on the first send there is none to use up yet.
      if (isApiError(error) && error.status === 429 && !vars.first) {
        const retryAt = error.retryAfter ? Date.now() + error.retryAfter * 1000 : null
        update(vars, (d) => ({ ...d, exhausted: true, retryAt }))
      }
      // Nothing to confirm any more (verified or cancelled elsewhere): show the account as it is.
      if (isApiError(error, 'already_verified'))
        return queryClient.invalidateQueries({ queryKey: currentUserQuery.queryKey })
    },
  })
}
