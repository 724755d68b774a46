import { useQueryClient } from '@tanstack/react-query'
import { useGuardedMutation } from '../../../lib/use-guarded-mutation'
import { dropSessions, signOutSession } from './sessions-queries'

/**
 * Ends one session by its id; a session that had already ended (404) leaves the list the same
 * way. Resolves once the list shows it gone.
 */
export function useSignOutSession() {
  const queryClient = useQueryClient()
  return useGuardedMutation({
    mutationFn: signOutSession,
    onSuccess: (_, id) => dropSessions(queryClient, (session) => session.id !== id),
  })
}
