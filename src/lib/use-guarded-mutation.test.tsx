import { QueryClient, QueryClientProvider } from '@tanstack/react-query'
import { act, renderHook, waitFor } from '@testing-library/react'
import type { ReactNode } from 'react'
import { describe, expect, it, vi } from 'vitest'
import { useGuardedMutation } from './use-guarded-mutation'

function setup(mutationFn: (n: number) => Promise<number>) {
  const client = new QueryClient({ defaultOptions: { mutations: { retry: false } } })
  const wrapper = ({ children }: { children: ReactNode }) => (
    <QueryClientProvider client={client}>{children}</QueryClientProvider>
  )
  return renderHook(() => useGuardedMutation({ mutationFn }), { wrapper })
}

describe('useGuardedMutation', () => {
  it('sends one request for a double submit made before React re-renders', async () => {
    let finish: (n: number) => void = () => {}
    const mutationFn = vi.fn(() => new Promise<number>((resolve) => (finish = resolve)))
    const { result } = setup(mutationFn)
    const onSuccess = vi.fn()
    act(() => {
      result.current.mutate(1, { onSuccess })
      result.current.mutate(2, { onSuccess })
    })
    await waitFor(() => expect(mutationFn).toHaveBeenCalledTimes(1))
    expect(mutationFn.mock.calls[0]).toEqual([1, expect.anything()])
    act(() => finish(1))
    await waitFor(() => expect(onSuccess).toHaveBeenCalledTimes(1))
  })

  it('takes the next submit once the first has failed', async () => {
    const mutationFn = vi
      .fn<(n: number) => Promise<number>>()
      .mockRejectedValueOnce(new Error('offline'))
      .mockResolvedValueOnce(2)
    const { result } = setup(mutationFn)
    const onError = vi.fn()
    act(() => result.current.mutate(1, { onError }))
    await waitFor(() => expect(onError).toHaveBeenCalledTimes(1))
    const onSuccess = vi.fn()
    act(() => result.current.mutate(2, { onSuccess }))
    await waitFor(() => expect(onSuccess).toHaveBeenCalledWith(2, 2, undefined, expect.anything()))
    expect(mutationFn).toHaveBeenCalledTimes(2)
  })
})
