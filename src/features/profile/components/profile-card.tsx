import { useId, type ReactNode } from 'react'
import { SectionBoundary } from '../../../components/error-boundary'
import { Skeleton } from '../../../components/skeleton'

interface ProfileCardProps {
  title: string
  intro: string
  /** The skeleton's accessible name and how many rows it draws. */
  loadingLabel: string
  rows: number
  children: ReactNode
}

/**
 * One card of the profile page. The heading stays outside the boundary, so a section that
 * fails still says which part of the page it is, next to its retry button.
 */
export function ProfileCard({ title, intro, loadingLabel, rows, children }: ProfileCardProps) {
  const headingId = useId()
  return (
    <section className="card" aria-labelledby={headingId}>
      <h2 id={headingId}>{title}</h2>
      <p className="card-intro">{intro}</p>
      <SectionBoundary fallback={<Skeleton label={loadingLabel} fields={rows} />}>
        {children}
      </SectionBoundary>
    </section>
  )
}
