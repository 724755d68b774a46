import { useId, type ReactNode, type Ref } from 'react'

export interface CardProps {
  title: ReactNode
  intro?: ReactNode
  /** A step of a flow passes a ref here (e.g. from useFocusOnMount) so its heading takes focus. */
  headingRef?: Ref<HTMLHeadingElement>
  /** The danger zone's red edge. */
  tone?: 'danger'
  className?: string
  introClassName?: string
  children?: ReactNode
}

/**
 * The one card of the settings pages: a labelled section, its heading (focusable when a ref is
 * given) and an optional intro. SectionCard adds a loading and error boundary around the body.
 */
export function Card({
  title,
  intro,
  headingRef,
  tone,
  className,
  introClassName,
  children,
}: CardProps) {
  const headingId = useId()
  const classes = ['card', tone === 'danger' && 'card-danger', className].filter(Boolean)
  return (
    <section className={classes.join(' ')} aria-labelledby={headingId}>
      <h2 id={headingId} ref={headingRef} tabIndex={headingRef ? -1 : undefined}>
        {title}
      </h2>
      {intro ? (
        <p className={['card-intro', introClassName].filter(Boolean).join(' ')}>{intro}</p>
      ) : null}
      {children}
    </section>
  )
}
