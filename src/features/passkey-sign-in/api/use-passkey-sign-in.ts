import { useQueryClient } from '@tanstack/react-query'
import { currentUserQuery } from '../../../lib/current-user'
import { useGuardedMutation } from '../../../lib/use-guarded-mutation'
import { reauthenticateWithPasskey, signInWithPasskey, verifyWithPasskey } from './passkey-requests'

/** The "Sign in with a passkey" button; signed in once the user is read again. */
export function usePasskeySignIn() {
  const queryClient = useQueryClient()
  return useGuardedMutation({
    mutationFn: () => signInWithPasskey(),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: currentUserQuery.queryKey }),
  })
}

/** "Use a passkey" as the second factor. */
export function usePasskeySecondFactor() {
  const queryClient = useQueryClient()
  return useGuardedMutation({
    mutationFn: () => verifyWithPasskey(),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: currentUserQuery.queryKey }),
  })
}

/** "Use a passkey" in the re-auth dialog: the same user signs in again; the user is read again. */
export function usePasskeyReauth() {
  const queryClient = useQueryClient()
  return useGuardedMutation({
    mutationFn: (user: { uuid: string; id: number }) => reauthenticateWithPasskey(user),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: currentUserQuery.queryKey }),
  })
}
