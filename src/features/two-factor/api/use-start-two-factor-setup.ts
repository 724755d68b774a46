import { useGuardedMutation } from '../../../lib/use-guarded-mutation'
import { startTwoFactorSetup } from './two-factor-queries'

/**
 * A new pending secret (valid 10 minutes, kept in the session); starting again replaces it, so
 * the guard matters: a second call racing the first could leave a QR code on screen that the
 * server no longer accepts.
 */
export function useStartTwoFactorSetup() {
  return useGuardedMutation({ mutationFn: startTwoFactorSetup })
}
