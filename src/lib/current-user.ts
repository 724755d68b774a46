import { queryOptions } from '@tanstack/react-query'
import { userSchema, type User, type UserUpdate } from '../../contract/user'
import { apiPaths } from '../config/paths'
import { apiRequest } from './api-client'

/** The signed-in user: every page reads it, so it lives here rather than in one feature. */
export const currentUserQuery = queryOptions({
  queryKey: ['users', '@me'] as const,
  queryFn: ({ signal }) => apiRequest<User>(apiPaths.me, { schema: userSchema, signal }),
  staleTime: 30_000,
})

/** PATCH /api/users/@me/; the answer is the whole user, ready for setQueryData. */
export function patchCurrentUser(body: UserUpdate): Promise<User> {
  return apiRequest<User>(apiPaths.me, { method: 'PATCH', body, schema: userSchema })
}
