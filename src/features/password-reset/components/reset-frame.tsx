import { useEffect, useRef, type ReactNode } from 'react'

export interface FrameProps {
  /** The document title around the heading (the route adds the product's name). */
  pageTitle?: (page: string) => string
  /** Above the heading: the product's mark (the route passes sign-in's). */
  header?: ReactNode
}

/**
 * The sign-in page's frame, outside the settings layout: the `<title>`, a card, and the step's
 * `<h1>`, focused when `step` changes after the first render (the confirmation, the invalid
 * link), so keyboard and screen reader users start at the news.
 */
export function ResetFrame({
  pageTitle = (page) => page,
  header,
  heading,
  step,
  children,
}: FrameProps & { heading: string; step: string; children: ReactNode }) {
  const ref = useRef<HTMLHeadingElement>(null)
  const first = useRef(step)
  useEffect(() => {
    if (step !== first.current) ref.current?.focus()
  }, [step])
  return (
    <main id="main" className="auth-page">
      <title>{pageTitle(heading)}</title>
      <div className="card auth-card reset-card">
        {header}
        <h1 ref={ref} tabIndex={-1}>
          {heading}
        </h1>
        {children}
      </div>
    </main>
  )
}
