import { useQueryClient } from '@tanstack/react-query'
import { useGuardedMutation } from '../../../lib/use-guarded-mutation'
import { deleteKey, refreshKeys } from './keys-queries'

/** Deletes the key (it stops working at once); resolves once the list no longer shows it. */
export function useDeleteKey(id: string) {
  const queryClient = useQueryClient()
  return useGuardedMutation({
    mutationFn: () => deleteKey(id),
    onSuccess: () => refreshKeys(queryClient),
  })
}
