import { queryOptions, type QueryClient } from '@tanstack/react-query'
import {
  normaliseTwoFactorStatus,
  twoFactorBackupCodesResponseSchema,
  twoFactorDisableResponseSchema,
  twoFactorStartSetupResponseSchema,
  twoFactorStatusSchema,
  twoFactorValidateResponseSchema,
} from '../../../../contract/two-factor'
import { apiPaths } from '../../../config/paths'
import { apiRequest } from '../../../lib/api-client'
import { currentUserQuery } from '../../../lib/current-user'

/**
 * Status in one shape whichever PostHog answers (`backup_codes_remaining`, or the older live
 * `backup_codes` list). Keyed under the user so signing out clears it with everything else.
 */
export const twoFactorQueries = {
  all: () => [...currentUserQuery.queryKey, 'two-factor'] as const,
  status: () =>
    queryOptions({
      queryKey: [...twoFactorQueries.all(), 'status'] as const,
      queryFn: ({ signal }) =>
        apiRequest(apiPaths.twoFactorStatus, { schema: twoFactorStatusSchema, signal }).then(
          normaliseTwoFactorStatus,
        ),
    }),
}

/** Turning 2FA on or off changes the user's `is_2fa_enabled` too: both refetch, and this waits. */
export const refreshTwoFactor = (queryClient: QueryClient) =>
  Promise.all([
    queryClient.invalidateQueries({ queryKey: twoFactorQueries.status().queryKey, exact: true }),
    queryClient.invalidateQueries({ queryKey: currentUserQuery.queryKey, exact: true }),
  ])

/** GET, but not a read: each call replaces the pending secret, so it is never cached or retried. */
export const startTwoFactorSetup = () =>
  apiRequest(apiPaths.twoFactorStartSetup, { schema: twoFactorStartSetupResponseSchema })

export const validateTwoFactor = (token: string) =>
  apiRequest(apiPaths.twoFactorValidate, {
    method: 'POST',
    body: { token },
    schema: twoFactorValidateResponseSchema,
  })

export const generateBackupCodes = () =>
  apiRequest(apiPaths.twoFactorBackupCodes, {
    method: 'POST',
    schema: twoFactorBackupCodesResponseSchema,
  }).then((answer) => answer.backup_codes)

export const disableTwoFactor = () =>
  apiRequest(apiPaths.twoFactorDisable, { method: 'POST', schema: twoFactorDisableResponseSchema })
