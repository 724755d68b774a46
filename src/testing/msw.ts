import { http, HttpResponse, type JsonBodyType } from 'msw'
import { setupServer } from 'msw/node'
import { exampleUser } from '../../contract/example-user'
import { userSchema, type User } from '../../contract/user'
import { apiPaths } from '../config/paths'

/** A full User as the API returns it, built from contract/'s example, with overrides. */
export function makeUser(overrides: Partial<User> = {}): User {
  return userSchema.parse({ ...exampleUser, ...overrides })
}

/** PostHog's error envelope with a status. */
export function apiError(
  status: number,
  code: string,
  detail: string,
  attr: string | null = null,
  headers?: Record<string, string>,
) {
  const type =
    status === 401 || status === 403
      ? 'authentication_error'
      : status === 429
        ? 'throttled_error'
        : status >= 500
          ? 'server_error'
          : 'validation_error'
  return HttpResponse.json({ type, code, detail, attr }, { status, headers })
}

export const reauthRequired = () =>
  apiError(
    403,
    'sensitive_action_required_reauth',
    'This action requires you to be recently authenticated.',
  )

export const json = (body: JsonBodyType, status = 200) => HttpResponse.json(body, { status })

/** A handler's pause: long enough for a second click to land while the first request runs. */
export const pause = (ms = 50) => new Promise((resolve) => setTimeout(resolve, ms))

/**
 * Answers every `method path` with `answer()` after `delay` ms and counts the calls: a
 * double-submit test expects `count` to stay 1.
 */
export function countCalls(
  method: 'post' | 'patch',
  path: string,
  answer: () => Response | Promise<Response>,
  { delay = 50 }: { delay?: number } = {},
) {
  const calls = { count: 0 }
  server.use(
    http[method](path, async () => {
      calls.count++
      await pause(delay)
      return answer()
    }),
  )
  return calls
}

/** Default handlers: a signed-in user that can be read and patched. Tests add their own with server.use(). */
export function defaultHandlers(user: User = makeUser()) {
  let current = user
  return [
    http.get(apiPaths.me, () => HttpResponse.json(current)),
    http.patch(apiPaths.me, async ({ request }) => {
      current = { ...current, ...((await request.json()) as Partial<User>) }
      return HttpResponse.json(current)
    }),
  ]
}

export const server = setupServer()
export { http, HttpResponse }
