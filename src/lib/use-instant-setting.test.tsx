import { QueryClient, QueryClientProvider, useQuery } from '@tanstack/react-query'
import { act, renderHook, waitFor } from '@testing-library/react'
import type { ReactNode } from 'react'
import { describe, expect, it } from 'vitest'
import type { User, UserUpdate } from '../../contract/user'
import { apiPaths } from '../config/paths'
import { apiError, http, HttpResponse, makeUser, server } from '../testing/msw'
import { currentUserQuery } from './current-user'
import { useInstantSetting, type SaveOutcome } from './use-instant-setting'

const mutationKey = [...currentUserQuery.queryKey, 'anonymize_data'] as const

/**
 * The server: PATCH merges the body, after `delays[n]` ms for the n-th request (the first also
 * waits for `hold`); `keep` makes it keep its value whatever is sent. GET answers what it has.
 */
function fakeServer(
  user: User,
  options: { delays?: number[]; hold?: Promise<void>; keep?: boolean } = {},
) {
  let current = user
  let inFlight = 0
  const api = { bodies: [] as UserUpdate[], maxInFlight: 0, current: () => current }
  server.use(
    http.get(apiPaths.me, () => HttpResponse.json(current)),
    http.patch(apiPaths.me, async ({ request }) => {
      inFlight++
      api.maxInFlight = Math.max(api.maxInFlight, inFlight)
      const body = (await request.json()) as UserUpdate
      const delay = options.delays?.[api.bodies.length] ?? 0
      api.bodies.push(body)
      await new Promise((resolve) => setTimeout(resolve, delay))
      if (api.bodies.length === 1) await options.hold
      if (!options.keep) current = makeUser({ ...current, ...(body as Partial<User>) })
      inFlight--
      return HttpResponse.json(current)
    }),
  )
  return api
}

function setup(user: User, optimistic?: boolean) {
  const client = new QueryClient({
    defaultOptions: { queries: { retry: false, staleTime: Infinity }, mutations: { retry: false } },
  })
  client.setQueryData(currentUserQuery.queryKey, user)
  const wrapper = ({ children }: { children: ReactNode }) => (
    <QueryClientProvider client={client}>{children}</QueryClientProvider>
  )
  const hook = renderHook(
    () => {
      // The page's own read of the user: what a refetch updates.
      useQuery(currentUserQuery)
      return useInstantSetting<boolean>({
        mutationKey,
        read: (u) => u.anonymize_data === true,
        show: (u, value) => ({ ...u, anonymize_data: value }),
        body: (value) => ({ anonymize_data: value }),
        optimistic,
      })
    },
    { wrapper },
  )
  const cached = () => client.getQueryData(currentUserQuery.queryKey)?.anonymize_data
  return { ...hook, client, cached }
}

describe('useInstantSetting', () => {
  it('lets the latest choice win over a slow first request, one request at a time', async () => {
    const api = fakeServer(makeUser({ anonymize_data: false }), { delays: [80] })
    const { result, cached } = setup(makeUser({ anonymize_data: false }))
    let first: Promise<SaveOutcome<boolean> | null> = Promise.resolve(null)
    act(() => {
      first = result.current.change(true)
    })
    await waitFor(() => expect(cached()).toBe(true))
    expect(await act(() => result.current.change(false))).toBeNull()
    expect(cached()).toBe(false)
    expect(await act(() => result.current.change(true))).toBeNull()
    expect(await act(() => result.current.change(false))).toBeNull()
    expect(await act(() => first)).toEqual({ ok: true, value: false })
    expect(api.bodies).toEqual([{ anonymize_data: true }, { anonymize_data: false }])
    expect(api.maxInFlight).toBe(1)
    expect(cached()).toBe(false)
    expect(api.current().anonymize_data).toBe(false)
  })

  it('sends nothing more when the latest choice is what the first request saved', async () => {
    let release = () => {}
    const held = new Promise<void>((resolve) => (release = resolve))
    const api = fakeServer(makeUser({ anonymize_data: false }), { hold: held })
    const { result } = setup(makeUser({ anonymize_data: false }))
    let first: Promise<SaveOutcome<boolean> | null> = Promise.resolve(null)
    act(() => {
      first = result.current.change(true)
    })
    await waitFor(() => expect(api.bodies).toHaveLength(1))
    expect(await act(() => result.current.change(false))).toBeNull()
    expect(await act(() => result.current.change(true))).toBeNull()
    release()
    expect(await act(() => first)).toEqual({ ok: true, value: true })
    expect(api.bodies).toEqual([{ anonymize_data: true }])
  })

  it('rolls back to what the server confirmed when the save fails', async () => {
    fakeServer(makeUser({ anonymize_data: false }))
    server.use(http.patch(apiPaths.me, () => apiError(500, 'error', 'A server error occurred.')))
    const { result, cached } = setup(makeUser({ anonymize_data: false }))
    let outcome: SaveOutcome<boolean> | null = null
    let rolledBack: boolean | null | undefined
    await act(async () => {
      outcome = await result.current.change(true)
      rolledBack = cached() // before the refetch could answer
    })
    expect(outcome).toMatchObject({ ok: false, error: expect.objectContaining({ status: 500 }) })
    expect(rolledBack).toBe(false)
    expect(cached()).toBe(false)
    expect(result.current.saving).toBe(false)
    // What the control shows beside it: "Not saved", and the reason.
    expect(result.current.state).toBe('failed')
    expect(result.current.error).toMatch(/Something went wrong on our side/)
  })

  it('keeps the state SaveStatus shows: saving while a run lasts, then saved', async () => {
    let release = () => {}
    const hold = new Promise<void>((resolve) => (release = resolve))
    fakeServer(makeUser({ anonymize_data: false }), { hold })
    const { result } = setup(makeUser({ anonymize_data: false }))
    expect(result.current.state).toBe('idle')
    let run: Promise<SaveOutcome<boolean> | null> = Promise.resolve(null)
    act(() => {
      run = result.current.change(true)
    })
    await waitFor(() => expect(result.current.state).toBe('saving'))
    // A choice joining the run keeps it saving.
    await act(() => result.current.change(false))
    expect(result.current.state).toBe('saving')
    release()
    await act(() => run)
    expect(result.current.state).toBe('saved')
    expect(result.current.error).toBeNull()
  })

  it("ends on the server's value when it kept another one", async () => {
    const api = fakeServer(makeUser({ anonymize_data: false }), { keep: true })
    const { result, cached } = setup(makeUser({ anonymize_data: false }))
    let outcome: SaveOutcome<boolean> | null = null
    await act(async () => {
      outcome = await result.current.change(true)
    })
    expect(outcome).toEqual({ ok: true, value: false })
    expect(api.bodies).toEqual([{ anonymize_data: true }])
    expect(cached()).toBe(false)
  })

  it('refetches the user once the save has settled', async () => {
    const api = fakeServer(makeUser({ anonymize_data: false, first_name: 'Ada' }))
    const { result, client } = setup(makeUser({ anonymize_data: false, first_name: 'Old' }))
    await act(() => result.current.change(true))
    await waitFor(() =>
      expect(client.getQueryData(currentUserQuery.queryKey)?.first_name).toBe('Ada'),
    )
    expect(api.bodies).toHaveLength(1)
  })

  it('when not optimistic, leaves the cache to what the server confirmed and holds the choice', async () => {
    fakeServer(makeUser({ anonymize_data: false }), { delays: [50] })
    const { result, cached } = setup(makeUser({ anonymize_data: false }), false)
    let first: Promise<SaveOutcome<boolean> | null> = Promise.resolve(null)
    act(() => {
      first = result.current.change(true)
    })
    await waitFor(() => expect(result.current.pending).toEqual({ value: true }))
    expect(cached()).toBe(false)
    expect(result.current.saving).toBe(true)
    expect(await act(() => first)).toEqual({ ok: true, value: true })
    expect(cached()).toBe(true)
    expect(result.current.pending).toBeNull()
  })
})
