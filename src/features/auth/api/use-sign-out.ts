import { useMutation, useQueryClient } from '@tanstack/react-query'
import { signOut } from './auth-requests'

export function useSignOut() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: signOut,
    // Nothing of the account may stay in memory after signing out.
    onSuccess: () => queryClient.clear(),
  })
}
