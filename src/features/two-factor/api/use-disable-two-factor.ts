import { useMutation, useQueryClient } from '@tanstack/react-query'
import { currentUserQuery } from '../../../lib/current-user'
import { disableTwoFactor, twoFactorQueries } from './two-factor-queries'

/** Removes the device and its backup codes; resolves once the status shows it. */
export function useDisableTwoFactor() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: disableTwoFactor,
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: twoFactorQueries.status().queryKey }),
        queryClient.invalidateQueries({ queryKey: currentUserQuery.queryKey, exact: true }),
      ]),
  })
}
