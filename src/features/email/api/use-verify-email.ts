import { useQueryClient } from '@tanstack/react-query'
import { useGuardedMutation } from '../../../lib/use-guarded-mutation'
import type { VerifyEmailBody } from '../../../../contract/email'
import { currentUserQuery } from '../../../lib/current-user'
import { verifyEmail } from './email-requests'

/**
 * The answer is only {success} plus a hint (requires_2fa, requires_login…) meant for a visitor
 * without a session. The caller's own session is kept, so in every case the user is fetched
 * again: the promise settles once the cache holds the new address.
 */
export function useVerifyEmail() {
  const queryClient = useQueryClient()
  return useGuardedMutation({
    mutationFn: (body: VerifyEmailBody) => verifyEmail(body),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: currentUserQuery.queryKey }),
  })
}
