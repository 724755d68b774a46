import { useQueryClient } from '@tanstack/react-query'
import { useGuardedMutation } from '../../../lib/use-guarded-mutation'
import { passkeysQueries, renamePasskey, type PasskeyId } from './passkeys-queries'

/** Renames one passkey; resolves once the list shows the new name. */
export function useRenamePasskey(id: PasskeyId) {
  const queryClient = useQueryClient()
  return useGuardedMutation({
    mutationFn: (label: string) => renamePasskey(id, label),
    onSuccess: () =>
      queryClient.invalidateQueries({ queryKey: passkeysQueries.list().queryKey, exact: true }),
  })
}
