import { useQueryClient } from '@tanstack/react-query'
import { currentUserQuery } from '../../../lib/current-user'
import { useGuardedMutation } from '../../../lib/use-guarded-mutation'
import { twoFactorQueries, validateTwoFactor } from './two-factor-queries'

/**
 * Enrols the device. The user's `is_2fa_enabled` changes too, so both are refreshed; resolves
 * once they show it.
 */
export function useValidateTwoFactor() {
  const queryClient = useQueryClient()
  return useGuardedMutation({
    mutationFn: validateTwoFactor,
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: currentUserQuery.queryKey, exact: true }),
        queryClient.invalidateQueries({
          queryKey: twoFactorQueries.status().queryKey,
          exact: true,
        }),
      ]),
  })
}
