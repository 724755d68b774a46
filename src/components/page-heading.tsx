import { useEffect, useRef, type ReactNode } from 'react'

let firstPage = true

/**
 * The page's one <h1>. After a client-side navigation it takes focus, so keyboard and
 * screen-reader users start at the new page instead of the link they used.
 */
export function PageHeading({ children }: { children: ReactNode }) {
  const ref = useRef<HTMLHeadingElement>(null)
  useEffect(() => {
    if (firstPage) {
      firstPage = false
      return
    }
    ref.current?.focus()
  }, [])
  return (
    <h1 ref={ref} tabIndex={-1}>
      {children}
    </h1>
  )
}
