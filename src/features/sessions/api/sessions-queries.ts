import { queryOptions, type QueryClient } from '@tanstack/react-query'
import {
  loginSessionsSchema,
  revokeOtherSessionsSchema,
  type LoginSession,
} from '../../../../contract/login-sessions'
import { apiPaths } from '../../../config/paths'
import { ApiError } from '../../../lib/api-error'
import { apiRequest } from '../../../lib/api-client'
import { currentUserQuery } from '../../../lib/current-user'

/**
 * The browsers signed in as the user, in the server's order (most recently active first) with
 * the current one moved to the front, as PostHog does; the move is kept here too in case an older
 * server doesn't. Keyed under the user so signing out clears it with everything else.
 * Asked again every minute while the page is in view, so a page left open keeps "Last active"
 * true (the times are counted from when the list came) and shows browsers signed in or out since.
 */
const REFRESH_MS = 60_000

export const sessionsQueries = {
  all: () => [...currentUserQuery.queryKey, 'login-sessions'] as const,
  list: () =>
    queryOptions({
      queryKey: sessionsQueries.all(),
      queryFn: ({ signal }) =>
        apiRequest(apiPaths.loginSessions, { schema: loginSessionsSchema, signal }).then(
          currentFirst,
        ),
      refetchInterval: REFRESH_MS,
    }),
}

const currentFirst = (sessions: LoginSession[]) => [
  ...sessions.filter((session) => session.is_current),
  ...sessions.filter((session) => !session.is_current),
]

/** The list without the sessions `keep` refuses, then the server's own list again. */
export async function dropSessions(
  queryClient: QueryClient,
  keep: (session: LoginSession) => boolean,
) {
  const { queryKey } = sessionsQueries.list()
  queryClient.setQueryData(queryKey, (sessions) => sessions?.filter(keep))
  await queryClient.invalidateQueries({ queryKey, exact: true })
}

/** What signing out one session did: ended it, or found it had already ended (404). */
export type SignOutResult = 'signed-out' | 'already-gone'

export async function signOutSession(id: string): Promise<SignOutResult> {
  try {
    await apiRequest(apiPaths.loginSession(id), { method: 'DELETE' })
    return 'signed-out'
  } catch (error) {
    if (error instanceof ApiError && error.status === 404) return 'already-gone'
    throw error
  }
}

export const signOutOtherSessions = () =>
  apiRequest(apiPaths.revokeOtherSessions, {
    method: 'POST',
    schema: revokeOtherSessionsSchema,
  }).then((answer) => answer.revoked_count)
