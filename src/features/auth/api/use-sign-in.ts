import { useQueryClient } from '@tanstack/react-query'
import { currentUserQuery } from '../../../lib/current-user'
import { useGuardedMutation } from '../../../lib/use-guarded-mutation'
import { signIn, submitSecondFactor } from './auth-requests'

/** Password step. A 401 2fa_required is not a failure of the hook's caller: it moves to the code step. */
export function useSignIn() {
  const queryClient = useQueryClient()
  return useGuardedMutation({
    mutationFn: ({ email, password }: { email: string; password: string }) =>
      signIn(email, password),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: currentUserQuery.queryKey }),
  })
}

export function useSubmitSecondFactor() {
  const queryClient = useQueryClient()
  return useGuardedMutation({
    mutationFn: (token: string) => submitSecondFactor(token),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: currentUserQuery.queryKey }),
  })
}
