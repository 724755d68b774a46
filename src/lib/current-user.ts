import { queryOptions } from '@tanstack/react-query'
import { userSchema, type User, type UserUpdate } from '../../contract/user'
import { apiPaths } from '../config/paths'
import { apiRequest } from './api-client'

/**
 * The signed-in user: every page reads it, so it lives here rather than in one feature.
 * index.html preloads this exact request (`<link rel="preload" as="fetch"
 * crossorigin="use-credentials">`) so it starts with the JS; the first fetch here reuses that
 * response as long as it stays a credentialed same-origin GET of apiPaths.me
 * (docs/decisions/0006-early-user-fetch.md, guarded by e2e/requests.spec.ts).
 */
export const currentUserQuery = queryOptions({
  queryKey: ['users', '@me'] as const,
  queryFn: ({ signal }) => apiRequest<User>(apiPaths.me, { schema: userSchema, signal }),
  staleTime: 30_000,
})

/** PATCH /api/users/@me/; the answer is the whole user, ready for setQueryData. */
export function patchCurrentUser(body: UserUpdate): Promise<User> {
  return apiRequest<User>(apiPaths.me, { method: 'PATCH', body, schema: userSchema })
}
