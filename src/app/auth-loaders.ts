import type { QueryClient } from '@tanstack/react-query'
import { redirect, type LoaderFunctionArgs } from 'react-router'
import type { User } from '../../contract/user'
import { loginPath, routes } from '../config/paths'
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
export const requireStaff =
  (queryClient: QueryClient) =>
  async (args: LoaderFunctionArgs): Promise<User> => {
    const user = await requireUser(queryClient)(args)
    if (!user.is_staff) throw redirect(routes.profile)
    return user
  }
