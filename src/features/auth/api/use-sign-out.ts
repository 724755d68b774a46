import { useQueryClient } from '@tanstack/react-query'
import { useGuardedMutation } from '../../../lib/use-guarded-mutation'
import { signOut } from './auth-requests'

export function useSignOut() {
  const queryClient = useQueryClient()
  return useGuardedMutation({
    mutationFn: signOut,
    // Nothing of the account may stay in memory after signing out.
    onSuccess: () => queryClient.clear(),
  })
}
