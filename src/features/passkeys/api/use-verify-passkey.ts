import { useQueryClient } from '@tanstack/react-query'
import { useGuardedMutation } from '../../../lib/use-guarded-mutation'
import { refreshPasskeys, verifyPasskey, type PasskeyId } from './passkeys-queries'

/** Verifies a stored passkey with the browser's prompt; resolves once the list shows it. */
export function useVerifyPasskey() {
  const queryClient = useQueryClient()
  return useGuardedMutation({
    mutationFn: (id: PasskeyId) => verifyPasskey(id),
    onSuccess: () => refreshPasskeys(queryClient),
  })
}
