import type { ReactNode } from 'react'
import { Card } from './card'
import { SectionBoundary } from './error-boundary'
import { Skeleton } from './skeleton'

/** A section's words: its heading, its intro and the skeleton's accessible name. */
export interface SectionStrings {
  title: string
  intro: string
  loading: string
}

interface SectionCardProps {
  strings: SectionStrings
  /** How many rows the skeleton draws. */
  rows: number
  className?: string
  children: ReactNode
}

/**
 * One card of a settings page whose body loads. The heading stays outside the boundary, so a
 * section that fails still says which part of the page it is, next to its retry button.
 */
export function SectionCard({ strings, rows, className, children }: SectionCardProps) {
  return (
    <Card title={strings.title} intro={strings.intro} className={className}>
      <SectionBoundary fallback={<Skeleton label={strings.loading} fields={rows} />}>
        {children}
      </SectionBoundary>
    </Card>
  )
}
