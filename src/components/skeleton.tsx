interface SkeletonProps {
  /** Rows shaped like the section: a label line and a control per field. */
  fields?: number
  label: string
}

/** A placeholder shaped like the form it stands for; aria-busy tells screen readers to wait. */
export function Skeleton({ fields = 3, label }: SkeletonProps) {
  return (
    <div className="skeleton" aria-busy="true" aria-live="polite" role="status" aria-label={label}>
      {Array.from({ length: fields }, (_, i) => (
        <div key={i} className="skeleton-field">
          <span className="skeleton-line skeleton-label" />
          <span className="skeleton-line skeleton-control" />
        </div>
      ))}
    </div>
  )
}
