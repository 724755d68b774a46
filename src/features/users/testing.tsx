import type { User } from '../../../contract/user'
import { apiPaths } from '../../config/paths'
import { http, json, makeUser, server } from '../../testing/msw'
import { renderWithApp } from '../../testing/render'
import { UsersList } from './components/users-list'

// What the users list's tests share: three users, a page of them, and a handler that records
// each request's query.
export const ada = makeUser({
  uuid: 'u-ada',
  email: 'ada@example.com',
  first_name: 'Ada',
  last_name: 'Lovelace',
})
export const grace = makeUser({
  uuid: 'u-grace',
  email: 'grace@example.com',
  first_name: 'Grace',
  last_name: 'Hopper',
  is_staff: true,
  is_2fa_enabled: true,
})
export const alan = makeUser({
  uuid: 'u-alan',
  email: 'alan@example.com',
  first_name: '',
  last_name: '',
})

export const page = (results: User[], count = results.length) =>
  json({ count, next: null, previous: null, results })

/** Answers GET /api/users/ and records each request's query string. */
export function listHandler(answer: (query: URLSearchParams) => Response | Promise<Response>) {
  const requests: URLSearchParams[] = []
  server.use(
    http.get(apiPaths.users, ({ request }) => {
      const query = new URL(request.url).searchParams
      requests.push(query)
      return answer(query)
    }),
  )
  return requests
}

export const renderList = () => renderWithApp(<UsersList />, { path: '/settings/users' })
