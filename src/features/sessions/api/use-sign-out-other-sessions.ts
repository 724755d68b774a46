import { useQueryClient } from '@tanstack/react-query'
import { useGuardedMutation } from '../../../lib/use-guarded-mutation'
import { dropSessions, signOutOtherSessions } from './sessions-queries'

/** Ends every session but this one; resolves with how many the server ended (revoked_count). */
export function useSignOutOtherSessions() {
  const queryClient = useQueryClient()
  return useGuardedMutation({
    mutationFn: signOutOtherSessions,
    onSuccess: () => dropSessions(queryClient, (session) => session.is_current),
  })
}
