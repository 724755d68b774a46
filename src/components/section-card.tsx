import { useId, type ReactNode } from 'react'
import { SectionBoundary } from './error-boundary'
import { Skeleton } from './skeleton'

interface SectionCardProps {
  title: string
  intro: string
  /** The skeleton's accessible name and how many rows it draws. */
  loadingLabel: string
  rows: number
  className?: string
  children: ReactNode
}

/**
 * One card of a settings page. The heading stays outside the boundary, so a section that
 * fails still says which part of the page it is, next to its retry button.
 */
export function SectionCard({
  title,
  intro,
  loadingLabel,
  rows,
  className,
  children,
}: SectionCardProps) {
  const headingId = useId()
  return (
    <section className={['card', className].filter(Boolean).join(' ')} aria-labelledby={headingId}>
      <h2 id={headingId}>{title}</h2>
      <p className="card-intro">{intro}</p>
      <SectionBoundary fallback={<Skeleton label={loadingLabel} fields={rows} />}>
        {children}
      </SectionBoundary>
    </section>
  )
}
