import { queryOptions } from '@tanstack/react-query'
import { checkResetToken } from './password-reset-requests'

/**
 * GET /api/reset/<uuid>/?token=…: whether the mail's link still works. Never kept once the page
 * is left (a token dies when used); a refused token is an answer, not a failure to retry.
 */
export const resetTokenQuery = (uuid: string, token: string) =>
  queryOptions({
    queryKey: ['password-reset', uuid, token],
    queryFn: ({ signal }) => checkResetToken(uuid, token, signal).then(() => true),
    gcTime: 0,
    staleTime: Infinity,
  })
