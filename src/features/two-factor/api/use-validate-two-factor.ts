import { useQueryClient } from '@tanstack/react-query'
import { useGuardedMutation } from '../../../lib/use-guarded-mutation'
import { refreshTwoFactor, validateTwoFactor } from './two-factor-queries'

/** Enrols the device; resolves once the user and the status show it. */
export function useValidateTwoFactor() {
  const queryClient = useQueryClient()
  return useGuardedMutation({
    mutationFn: validateTwoFactor,
    onSuccess: () => refreshTwoFactor(queryClient),
  })
}
