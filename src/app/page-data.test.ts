import { QueryClient } from '@tanstack/react-query'
import { delay } from 'msw'
import type { LoaderFunctionArgs } from 'react-router'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import { apiPaths, routes } from '../config/paths'
import { defaultHandlers, http, HttpResponse, makeUser, server } from '../testing/msw'
import { appearanceData, twoFactorData, userDetailData, usersListData } from './page-data'

const UUID = '0190c2a0-0000-7000-8000-000000000001'

function args(path: string, params: Record<string, string> = {}): LoaderFunctionArgs {
  return {
    request: new Request(new URL(path, window.location.origin)),
    params,
    context: undefined,
  } as LoaderFunctionArgs
}

/** Answers every page-data request only much later, and records what was asked. */
function slowData() {
  const asked: string[] = []
  const never = async ({ request }: { request: Request }) => {
    const url = new URL(request.url)
    asked.push(url.pathname + url.search)
    await delay('infinite')
    return HttpResponse.json({})
  }
  server.use(
    http.get(apiPaths.twoFactorStatus, never),
    http.get('/api/projects/:id/dashboards/', never),
    http.get(apiPaths.users, never),
    http.get(apiPaths.user(UUID), never),
  )
  return asked
}

let queryClient: QueryClient
beforeEach(() => {
  queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } })
})

describe("a page's loader starts the page's own requests and does not wait for them", () => {
  it('two-factor: the status', async () => {
    server.use(...defaultHandlers())
    const asked = slowData()
    await expect(twoFactorData(queryClient)(args(routes.twoFactor))).resolves.toBeNull()
    await vi.waitFor(() => expect(asked).toEqual([apiPaths.twoFactorStatus]))
  })

  it("appearance: the dashboards of the user's project, none without a project", async () => {
    const user = makeUser()
    server.use(...defaultHandlers(user))
    const asked = slowData()
    await appearanceData(queryClient)(args(routes.appearance))
    await vi.waitFor(() => expect(asked).toEqual([apiPaths.dashboards(user.team!.id)]))

    const loose = new QueryClient()
    server.use(...defaultHandlers(makeUser({ team: null, organization: null })))
    asked.length = 0
    await appearanceData(loose)(args(routes.appearance))
    expect(loose.isFetching()).toBe(0)
    expect(asked).toEqual([])
  })

  it("users: the list as the address asks for it, and the user's details", async () => {
    server.use(...defaultHandlers(makeUser({ is_staff: true })))
    const asked = slowData()
    await usersListData(queryClient)(args(`${routes.users}?email=ada@example.com&page=2`))
    await userDetailData(queryClient)(args(`${routes.users}/${UUID}`, { uuid: UUID }))
    await vi.waitFor(() =>
      expect(asked).toEqual([
        `${apiPaths.users}?email=ada%40example.com&limit=20&offset=20`,
        apiPaths.user(UUID),
      ]),
    )
  })

  it('users: someone who is not staff is sent to the profile, and nothing is asked', async () => {
    server.use(...defaultHandlers(makeUser({ is_staff: false })))
    const asked = slowData()
    const redirect = await usersListData(queryClient)(args(routes.users)).catch((r: unknown) => r)
    expect(redirect).toBeInstanceOf(Response)
    expect((redirect as Response).headers.get('Location')).toBe(routes.profile)
    expect(asked).toEqual([])
  })

  it('signed out: sent to sign-in, and nothing is asked', async () => {
    server.use(
      http.get(apiPaths.me, () =>
        HttpResponse.json(
          { type: 'authentication_error', code: 'not_authenticated', detail: 'x', attr: null },
          { status: 401 },
        ),
      ),
    )
    const asked = slowData()
    const redirect = await twoFactorData(queryClient)(args(routes.twoFactor)).catch(
      (r: unknown) => r,
    )
    expect((redirect as Response).headers.get('Location')).toContain('/login')
    expect(asked).toEqual([])
  })
})
