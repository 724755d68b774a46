import { useId, type ReactNode } from 'react'
import { SectionBoundary } from '../../../components/error-boundary'
import { Skeleton } from '../../../components/skeleton'

interface NotificationCardProps {
  title: string
  intro: string
  /** The skeleton's accessible name and how many rows it draws. */
  loadingLabel: string
  rows: number
  children: ReactNode
}

/** One group of notifications; its heading stays visible when its content fails to load. */
export function NotificationCard({
  title,
  intro,
  loadingLabel,
  rows,
  children,
}: NotificationCardProps) {
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
