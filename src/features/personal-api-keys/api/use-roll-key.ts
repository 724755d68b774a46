import { useQueryClient } from '@tanstack/react-query'
import { useGuardedMutation } from '../../../lib/use-guarded-mutation'
import { refreshKeys, rollKey } from './keys-queries'

/** A new value for the key (the old one is dead at once); the answer carries it, once. */
export function useRollKey(id: string) {
  const queryClient = useQueryClient()
  return useGuardedMutation({
    mutationFn: () => rollKey(id),
    onSuccess: () => refreshKeys(queryClient),
  })
}
