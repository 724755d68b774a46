import { useQueryClient } from '@tanstack/react-query'
import type { PersonalApiKeyUpdateBody } from '../../../../contract/personal-api-keys'
import { useGuardedMutation } from '../../../lib/use-guarded-mutation'
import { refreshKeys, updateKey } from './keys-queries'

/** Renames a key or changes its scopes and projects; resolves once the list shows it. */
export function useUpdateKey(id: string) {
  const queryClient = useQueryClient()
  return useGuardedMutation({
    mutationFn: (body: PersonalApiKeyUpdateBody) => updateKey(id, body),
    onSuccess: () => refreshKeys(queryClient),
  })
}
