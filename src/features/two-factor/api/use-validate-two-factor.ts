import { useQueryClient } from '@tanstack/react-query'
import { currentUserQuery } from '../../../lib/current-user'
import { useGuardedMutation } from '../../../lib/use-guarded-mutation'
import { twoFactorQueries, validateTwoFactor } from './two-factor-queries'

/** Enrols the device. The user's `is_2fa_enabled` changes too, so both are refreshed. */
export function useValidateTwoFactor() {
  const queryClient = useQueryClient()
  return useGuardedMutation({
    mutationFn: validateTwoFactor,
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: currentUserQuery.queryKey, exact: true })
      void queryClient.invalidateQueries({ queryKey: twoFactorQueries.status().queryKey })
    },
  })
}
