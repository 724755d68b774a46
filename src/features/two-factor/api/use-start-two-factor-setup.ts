import { useMutation } from '@tanstack/react-query'
import { startTwoFactorSetup } from './two-factor-queries'

/** A new pending secret (valid 10 minutes, kept in the session); starting again replaces it. */
export function useStartTwoFactorSetup() {
  return useMutation({ mutationFn: startTwoFactorSetup })
}
