import { useQueryClient } from '@tanstack/react-query'
import type { UserUpdate } from '../../../../contract/user'
import { currentUserQuery, patchCurrentUser } from '../../../lib/current-user'
import { useGuardedMutation } from '../../../lib/use-guarded-mutation'

/**
 * PATCH /api/users/@me/ with only the keys being changed: a body made of exempt keys
 * (role_at_organization, set_current_team, …) then skips PostHog's fresh-session rule.
 * The answer is the whole user, so the cache takes it as is (never optimistic). One at a time.
 */
export function useUpdateProfile() {
  const queryClient = useQueryClient()
  return useGuardedMutation({
    mutationFn: (body: UserUpdate) => patchCurrentUser(body),
    onSuccess: (user) => queryClient.setQueryData(currentUserQuery.queryKey, user),
  })
}
