import { useCallback, useRef } from 'react'

/**
 * Runs one submission at a time. A double click fires two submits before React re-renders the
 * button as busy, so the guard must be a ref, not state.
 */
export function useSingleFlight() {
  const busy = useRef(false)
  return useCallback(<T>(run: () => Promise<T>): Promise<T | undefined> => {
    if (busy.current) return Promise.resolve(undefined)
    busy.current = true
    return run().finally(() => {
      busy.current = false
    })
  }, [])
}
