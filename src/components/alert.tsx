import type { ReactNode } from 'react'
import { Button } from './button'

interface AlertProps {
  /** What went wrong, in whole sentences. */
  children: ReactNode
  /** A way to try again, when one helps. */
  retry?: { label: string; onRetry: () => void }
}

/**
 * A failure shown in place of what should be there (a section, a step, a page), announced as
 * soon as it appears, with a retry when one helps. SectionBoundary shows its errors with it; a
 * form's own error is FormError.
 */
export function Alert({ children, retry }: AlertProps) {
  return (
    <div className="section-error" role="alert">
      <p>{children}</p>
      {retry ? <Button onClick={retry.onRetry}>{retry.label}</Button> : null}
    </div>
  )
}
