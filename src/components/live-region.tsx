import {
  createContext,
  useCallback,
  useContext,
  useEffect,
  useRef,
  useState,
  type ReactNode,
} from 'react'

const AnnounceContext = createContext<(message: string) => void>(() => {})

/** One polite live region for the whole app; status messages go through useAnnounce(). */
export function AnnouncerProvider({ children }: { children: ReactNode }) {
  const [message, setMessage] = useState('')
  const timers = useRef(new Set<number>())
  const announce = useCallback((text: string) => {
    // Clearing first makes a repeated message ("Saved", "Saved") be read again.
    setMessage('')
    const timer = window.setTimeout(() => {
      timers.current.delete(timer)
      setMessage(text)
    }, 50)
    timers.current.add(timer)
  }, [])
  // Nothing is set once the app is gone (a test's page torn down, the tree replaced).
  useEffect(() => {
    const pending = timers.current
    return () => pending.forEach((timer) => window.clearTimeout(timer))
  }, [])
  return (
    <AnnounceContext.Provider value={announce}>
      {children}
      <div
        className="visually-hidden"
        role="status"
        aria-live="polite"
        aria-atomic="true"
        data-testid="announcer"
      >
        {message}
      </div>
    </AnnounceContext.Provider>
  )
}

export const useAnnounce = () => useContext(AnnounceContext)
