import { useId, type ReactNode } from 'react'
import { SectionBoundary } from '../../../components/error-boundary'
import { Skeleton } from '../../../components/skeleton'

interface AppearanceCardProps {
  title: string
  intro: string
  loadingLabel: string
  rows: number
  className?: string
  children: ReactNode
}

/** One card of the page; its heading stays visible when its content fails to load. */
export function AppearanceCard({
  title,
  intro,
  loadingLabel,
  rows,
  className,
  children,
}: AppearanceCardProps) {
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
