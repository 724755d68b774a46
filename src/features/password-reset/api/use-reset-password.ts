import { useQueryClient } from '@tanstack/react-query'
import { currentUserQuery } from '../../../lib/current-user'
import { useGuardedMutation } from '../../../lib/use-guarded-mutation'
import { resetPassword } from './password-reset-requests'

interface Vars {
  uuid: string
  token: string
  password: string
}

/**
 * POST /api/reset/<uuid>/. The newest PostHog signs every session of the user out (this
 * browser's too, if it was signed in): the cached user goes. An older one signs the caller in
 * (204): the user is read afresh.
 */
export function useResetPassword() {
  const queryClient = useQueryClient()
  return useGuardedMutation({
    mutationFn: ({ uuid, token, password }: Vars) => resetPassword(uuid, token, password),
    onSuccess: (answer) =>
      answer
        ? queryClient.removeQueries({ queryKey: currentUserQuery.queryKey })
        : queryClient.invalidateQueries({ queryKey: currentUserQuery.queryKey }),
  })
}
