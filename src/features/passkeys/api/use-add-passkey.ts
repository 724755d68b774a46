import { useQueryClient } from '@tanstack/react-query'
import { useGuardedMutation } from '../../../lib/use-guarded-mutation'
import { refreshPasskeys, registerPasskey, verifyPasskey, type PasskeyId } from './passkeys-queries'

/** How adding went once the passkey was stored: verified at once, or waiting for "Verify". */
export type AddOutcome =
  { verified: true; id: PasskeyId } | { verified: false; id: PasskeyId; error: unknown }

/**
 * Adds a passkey as PostHog's SPA does: register (stored unverified), then verify it at once with
 * a second prompt. A failure before the passkey is stored rejects (nothing changed); a failed
 * verification resolves `verified: false`, since the passkey is in the list by then. Resolves once
 * the list, the user and the two-factor status show the change.
 */
export function useAddPasskey() {
  const queryClient = useQueryClient()
  return useGuardedMutation({
    mutationFn: async (label: string): Promise<AddOutcome> => {
      const id = await registerPasskey(label)
      try {
        await verifyPasskey(id)
        return { verified: true, id }
      } catch (error) {
        return { verified: false, id, error }
      }
    },
    onSuccess: () => refreshPasskeys(queryClient),
  })
}
