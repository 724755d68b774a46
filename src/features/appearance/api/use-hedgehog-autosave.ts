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
  const { mutateAsync } = useSaveHedgehog()
  const [draft, setDraft] = useState(initial)
  const [status, setStatus] = useState<AutosaveStatus>('idle')
  const [error, setError] = useState<unknown>(null)
  const latest = useRef(initial)
  const unsaved = useRef(false)
  const running = useRef(false)
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined)

  const flush = useCallback(async (): Promise<boolean> => {
    clearTimeout(timer.current)
    if (running.current || !unsaved.current) return !unsaved.current
    running.current = true
    setError(null)
    try {
      while (unsaved.current) {
        unsaved.current = false
        setStatus('saving')
        await mutateAsync(latest.current)
      }
      setStatus('saved')
      return true
    } catch (failure) {
      unsaved.current = true
      setError(failure)
      setStatus('failed')
      return false
    } finally {
      running.current = false
    }
  }, [mutateAsync])

  const update = (change: (config: ResolvedHedgehogConfig) => ResolvedHedgehogConfig) => {
    latest.current = change(latest.current)
    unsaved.current = true
    setDraft(latest.current)
    if (!running.current) setStatus('pending')
    clearTimeout(timer.current)
    timer.current = setTimeout(() => void flush(), delay)
  }

  // Leaving the page inside the debounce still saves: the request outlives the component.
  useEffect(
    () => () => {
      if (unsaved.current) void flush()
    },
    [flush],
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
