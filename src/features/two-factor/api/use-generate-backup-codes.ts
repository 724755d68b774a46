import { useQueryClient } from '@tanstack/react-query'
import { useGuardedMutation } from '../../../lib/use-guarded-mutation'
import { generateBackupCodes, twoFactorQueries } from './two-factor-queries'

/** Replaces every backup code with 10 new ones; the answer is the only time they are seen. */
export function useGenerateBackupCodes() {
  const queryClient = useQueryClient()
  return useGuardedMutation({
    mutationFn: generateBackupCodes,
    onSuccess: () =>
      queryClient.invalidateQueries({ queryKey: twoFactorQueries.status().queryKey, exact: true }),
  })
}
