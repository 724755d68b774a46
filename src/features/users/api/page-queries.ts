import { readListParams, toListQuery } from '../list-params'
import { usersQueries } from './users-queries'

/** What the users pages' loaders prefetch (src/app/page-data.ts imports this lazily). */
export const usersPageQueries = {
  list: (search: URLSearchParams) => usersQueries.list(toListQuery(readListParams(search))),
  detail: usersQueries.detail,
}
