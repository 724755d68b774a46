import { useEffect, useRef } from 'react'

/** Each step's heading takes focus when the step appears, so keyboard and screen-reader users start there. */
export function useFocusOnMount<T extends HTMLElement>() {
  const ref = useRef<T>(null)
  useEffect(() => ref.current?.focus(), [])
  return ref
}
