import { queryOptions } from '@tanstack/react-query'
import { userListSchema, userSchema, type User, type UserList } from '../../../../contract/user'
import { apiPaths } from '../../../config/paths'
import { apiRequest } from '../../../lib/api-client'
import { isApiError } from '../../../lib/api-error'
import type { UserListQuery } from '../list-params'

function listUrl(params: UserListQuery): string {
  const search = new URLSearchParams()
  if (params.email !== undefined) search.set('email', params.email)
  if (params.is_staff !== undefined) search.set('is_staff', String(params.is_staff))
  search.set('limit', String(params.limit))
  search.set('offset', String(params.offset))
  return `${apiPaths.users}?${search}`
}

export const usersQueries = {
  all: () => ['users'] as const,
  list: (params: UserListQuery) =>
    queryOptions({
      queryKey: [...usersQueries.all(), 'list', params] as const,
      queryFn: ({ signal }) =>
        apiRequest<UserList>(listUrl(params), { schema: userListSchema, signal }),
      staleTime: 30_000,
    }),
  /** null when no active user has this uuid (404): an answer to show, not an error to retry. */
  detail: (uuid: string) =>
    queryOptions({
      queryKey: [...usersQueries.all(), 'detail', uuid] as const,
      queryFn: async ({ signal }): Promise<User | null> => {
        try {
          return await apiRequest<User>(apiPaths.user(uuid), { schema: userSchema, signal })
        } catch (error) {
          if (isApiError(error) && error.status === 404) return null
          throw error
        }
      },
      staleTime: 30_000,
    }),
}
