import { useCallback, useEffect, useRef, useState } from 'react'
import type { ResolvedHedgehogConfig } from '../../../../contract/hedgehog-config'
import { useSaveHedgehog } from './use-save-hedgehog'

export type AutosaveStatus = 'idle' | 'pending' | 'saving' | 'saved' | 'failed'

/**
 * The hedgehog editor's draft, saved whole a moment after the last change (PostHog debounces by
 * 1 s too). Nothing is lost: one request at a time, and whatever changed meanwhile is sent right
 * after it; a failure keeps the draft and the next change or "Save again" resends it; leaving the
 * page sends what is still waiting.
 */
export function useHedgehogAutosave(initial: ResolvedHedgehogConfig, delay = 800) {
  const { choose, run, current, isRunning } = useSaveHedgehog<ResolvedHedgehogConfig>()
  const [draft, setDraft] = useState(initial)
  const [status, setStatus] = useState<AutosaveStatus>('idle')
  const [error, setError] = useState<unknown>(null)
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined)

  /** A draft the server has not confirmed: changed since, or its save failed. */
  const unsaved = useCallback(() => {
    const state = current()
    return state !== null && state.choice !== state.confirmed
  }, [current])

  const flush = useCallback(async (): Promise<boolean> => {
    clearTimeout(timer.current)
    if (isRunning() || !unsaved()) return !unsaved()
    setError(null)
    setStatus('saving')
    // Whatever changes while it runs is sent right after; a failure keeps the draft unsent.
    const outcome = await run()
    if (outcome?.ok) {
      setStatus('saved')
      return true
    }
    setError(outcome?.error ?? null)
    setStatus('failed')
    return false
  }, [isRunning, run, unsaved])

  const update = (change: (config: ResolvedHedgehogConfig) => ResolvedHedgehogConfig) => {
    const state = current()
    const next = change(state?.choice ?? initial)
    choose(next, state?.confirmed ?? initial)
    setDraft(next)
    if (!isRunning()) setStatus('pending')
    clearTimeout(timer.current)
    timer.current = setTimeout(() => void flush(), delay)
  }

  // Leaving the page inside the debounce still saves: the request outlives the component.
  useEffect(
    () => () => {
      if (unsaved()) void flush()
    },
    [flush, unsaved],
  )

  // Closing the tab while a change has not reached the server gets the browser's prompt.
  const waiting = status === 'pending' || status === 'saving' || status === 'failed'
  useEffect(() => {
    if (!waiting) return
    const onBeforeUnload = (event: BeforeUnloadEvent) => event.preventDefault()
    window.addEventListener('beforeunload', onBeforeUnload)
    return () => window.removeEventListener('beforeunload', onBeforeUnload)
  }, [waiting])

  return { draft, update, status, error, flush }
}
