import type { FetchQueryOptions, QueryClient } from '@tanstack/react-query'
import type { LoaderFunctionArgs } from 'react-router'
import type { User } from '../../contract/user'
import { requireStaff, requireUser } from './auth-loaders'

// Queries of different data types in one list.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type AnyQuery = FetchQueryOptions<any, any, any, any>
type PageQueries = (user: User, args: LoaderFunctionArgs) => AnyQuery[] | Promise<AnyQuery[]>

/**
 * A page's loader that starts the requests the page will make besides the user, in parallel with
 * the page's code, instead of once the page has rendered (one round trip fewer before it shows
 * data; docs/decisions/0008-first-paint.md). It does not wait for them: the page shows its own
 * loading state and errors. The queries may come from a dynamic import(): their module (schemas
 * and all) then loads with the page's code instead of weighing on the first page's chunk; if it
 * can't load, the page's own module can't either and says so.
 */
function pageData(guard: typeof requireUser, queries: PageQueries) {
  return (queryClient: QueryClient) => async (args: LoaderFunctionArgs) => {
    const user = await guard(queryClient)(args)
    void Promise.resolve(queries(user, args)).then(
      (list) => list.forEach((query) => void queryClient.prefetchQuery(query)),
      () => {},
    )
    return null
  }
}

export const twoFactorData = pageData(requireUser, () =>
  import('../features/two-factor/api/two-factor-queries').then(({ twoFactorQueries }) => [
    twoFactorQueries.status(),
  ]),
)

export const sessionsData = pageData(requireUser, () =>
  import('../features/sessions/api/sessions-queries').then(({ sessionsQueries }) => [
    sessionsQueries.list(),
  ]),
)

export const appearanceData = pageData(requireUser, (user) =>
  import('../features/appearance/api/appearance-queries').then(({ appearanceQueries }) =>
    user.team ? [appearanceQueries.dashboards(user.team.id)] : [],
  ),
)

const usersQueries = () =>
  import('../features/users/api/page-queries').then((module) => module.usersPageQueries)

export const usersListData = pageData(requireStaff, (_, { request }) =>
  usersQueries().then((queries) => [queries.list(new URL(request.url).searchParams)]),
)

export const userDetailData = pageData(requireStaff, (_, { params }) =>
  usersQueries().then((queries) => (params.uuid ? [queries.detail(params.uuid)] : [])),
)
