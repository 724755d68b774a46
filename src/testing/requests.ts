import type { User, UserUpdate } from '../../contract/user'
import { apiPaths } from '../config/paths'
import { http, HttpResponse, makeUser, server } from './msw'

/**
 * Answers every PATCH @me like the server (merging the body into the user, after `delay` ms) and
 * records the bodies it was sent, oldest first. `current` is the user as the server now has it.
 */
export function recordMePatches(user: User, { delay = 0 }: { delay?: number } = {}) {
  const bodies: UserUpdate[] = []
  let current = user
  server.use(
    http.patch(apiPaths.me, async ({ request }) => {
      const body = (await request.json()) as UserUpdate
      bodies.push(body)
      if (delay) await new Promise((resolve) => setTimeout(resolve, delay))
      current = makeUser({ ...current, ...(body as Partial<User>) })
      return HttpResponse.json(current)
    }),
  )
  return {
    bodies,
    get current() {
      return current
    },
  }
}

/**
 * Records every request the app starts as "METHOD /path". The listener stays until
 * `server.events.removeAllListeners()`.
 */
export function recordRequests() {
  const requests: string[] = []
  server.events.on('request:start', ({ request }) => {
    requests.push(`${request.method} ${new URL(request.url).pathname}`)
  })
  return requests
}
