import { useQueryClient } from '@tanstack/react-query'
import type { PersonalApiKeyBody } from '../../../../contract/personal-api-keys'
import { useGuardedMutation } from '../../../lib/use-guarded-mutation'
import { createKey, refreshKeys } from './keys-queries'

/** Creates a key; the answer (with the value, once) comes back once the list shows the key. */
export function useCreateKey() {
  const queryClient = useQueryClient()
  return useGuardedMutation({
    mutationFn: (body: PersonalApiKeyBody) => createKey(body),
    onSuccess: () => refreshKeys(queryClient),
  })
}
