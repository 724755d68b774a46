import { useQueryClient } from '@tanstack/react-query'
import { currentUserQuery } from '../../../lib/current-user'
import { useGuardedMutation } from '../../../lib/use-guarded-mutation'
import { disableTwoFactor, twoFactorQueries } from './two-factor-queries'

/** Removes the device and its backup codes; resolves once the status shows it. */
export function useDisableTwoFactor() {
  const queryClient = useQueryClient()
  return useGuardedMutation({
    mutationFn: disableTwoFactor,
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({
          queryKey: twoFactorQueries.status().queryKey,
          exact: true,
        }),
        queryClient.invalidateQueries({ queryKey: currentUserQuery.queryKey, exact: true }),
      ]),
  })
}
