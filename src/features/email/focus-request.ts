import { useCallback, useEffect, useRef, useState, type RefObject } from 'react'

export type FocusTarget = 'current' | 'pending' | 'change-heading' | 'change-field' | 'code'
export type TakeFocus = (target: FocusTarget) => boolean

/**
 * Focus goes to each new step's heading (docs/architecture.md, Conventions). The step asking for it
 * is often not on screen yet (the pending card appears when the cache updates), so the request
 * waits here until the component for that target renders and takes it, once.
 */
export function useFocusRequests() {
  const next = useRef<FocusTarget | null>(null)
  const [, rerender] = useState(0)
  const request = useCallback((target: FocusTarget) => {
    next.current = target
    rerender((n) => n + 1)
  }, [])
  const take = useCallback<TakeFocus>((target) => {
    if (next.current !== target) return false
    next.current = null
    return true
  }, [])
  return { request, take }
}

/** Focuses `ref` after any render in which a request for `target` is waiting. */
export function useTakeFocus(
  take: TakeFocus,
  target: FocusTarget,
  ref: RefObject<HTMLElement | null>,
) {
  useEffect(() => {
    if (take(target)) ref.current?.focus()
  })
}

/** The current time, ticking every second while mounted (countdowns, expiry). */
export function useNow(intervalMs = 1000) {
  const [now, setNow] = useState(() => Date.now())
  useEffect(() => {
    const id = window.setInterval(() => setNow(Date.now()), intervalMs)
    return () => window.clearInterval(id)
  }, [intervalMs])
  return now
}
