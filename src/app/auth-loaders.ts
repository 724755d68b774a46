import type { QueryClient } from '@tanstack/react-query'
import { redirect, type LoaderFunctionArgs } from 'react-router'
import { userSchema, type User } from '../../contract/user'
import { apiPaths, loginPath, routes, safeNext } from '../config/paths'
import { apiRequest } from '../lib/api-client'
import { isApiError } from '../lib/api-error'
import { currentUserQuery } from '../lib/current-user'

function here(request: Request) {
  const url = new URL(request.url)
  return url.pathname + url.search
}

/** Settings pages need a session: the user request starts here, in parallel with the page's code. */
export const requireUser =
  (queryClient: QueryClient) =>
  async ({ request }: LoaderFunctionArgs): Promise<User> => {
    try {
      return await queryClient.ensureQueryData(currentUserQuery)
    } catch (error) {
      if (isApiError(error) && error.status === 401) throw redirect(loginPath(here(request)))
      throw error
    }
  }

/** Staff-only pages: everyone else is sent to their profile, as if the page did not exist. */
export const requireStaff = (queryClient: QueryClient) => async (args: LoaderFunctionArgs) => {
  const user = await requireUser(queryClient)(args)
  if (!user.is_staff) throw redirect(routes.profile)
  return null
}

/** /login for someone already signed in goes straight on (as PostHog's only_unauthenticated_redirect). */
export const redirectIfSignedIn =
  (queryClient: QueryClient) =>
  async ({ request }: LoaderFunctionArgs) => {
    try {
      // Asked outside the query cache: a 401 here is the expected answer, not a signed-out event.
      const user = await apiRequest<User>(apiPaths.me, { schema: userSchema })
      queryClient.setQueryData(currentUserQuery.queryKey, user)
    } catch {
      return null
    }
    throw redirect(safeNext(new URL(request.url).searchParams.get('next')))
  }
