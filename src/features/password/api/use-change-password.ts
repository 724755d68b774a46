import { useQueryClient } from '@tanstack/react-query'
import { useGuardedMutation } from '../../../lib/use-guarded-mutation'
import { currentUserQuery, patchCurrentUser } from '../../../lib/current-user'

export interface PasswordChange {
  /** Omitted for an account without a usable password (PostHog only asks when has_password). */
  current_password?: string
  password: string
}

/** PATCH {current_password, password}; the answer is the whole user. Never optimistic. */
export function useChangePassword() {
  const queryClient = useQueryClient()
  return useGuardedMutation({
    mutationFn: (change: PasswordChange) => patchCurrentUser(change),
    onSuccess: (user) => queryClient.setQueryData(currentUserQuery.queryKey, user),
  })
}
