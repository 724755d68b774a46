import { useQueryClient } from '@tanstack/react-query'
import { useGuardedMutation } from '../../../lib/use-guarded-mutation'
import { disableTwoFactor, refreshTwoFactor } from './two-factor-queries'

/** Removes the device and its backup codes; resolves once the status shows it. */
export function useDisableTwoFactor() {
  const queryClient = useQueryClient()
  return useGuardedMutation({
    mutationFn: disableTwoFactor,
    onSuccess: () => refreshTwoFactor(queryClient),
  })
}
