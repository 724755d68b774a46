import { useQueryClient } from '@tanstack/react-query'
import { useGuardedMutation } from '../../../lib/use-guarded-mutation'
import { deletePasskey, refreshPasskeys, type PasskeyId } from './passkeys-queries'

/**
 * Deletes one passkey (it can no longer sign in); resolves once the list, the user and the
 * two-factor status show it gone.
 */
export function useDeletePasskey(id: PasskeyId) {
  const queryClient = useQueryClient()
  return useGuardedMutation({
    mutationFn: () => deletePasskey(id),
    onSuccess: () => refreshPasskeys(queryClient),
  })
}
