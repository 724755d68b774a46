import { useGuardedMutation } from '../../../lib/use-guarded-mutation'
import { requestReset } from './password-reset-requests'

/** POST /api/reset/: sends the reset mail (or nothing, for an unknown address). */
export function useRequestReset() {
  return useGuardedMutation({ mutationFn: (email: string) => requestReset(email) })
}
