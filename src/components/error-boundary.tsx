import { QueryErrorResetBoundary } from '@tanstack/react-query'
import { Component, Suspense, type ReactNode } from 'react'
import { errorMessage } from '../lib/error-message'
import { commonStrings } from '../lib/strings'
import { Button } from './button'

interface BoundaryProps {
  onReset: () => void
  children: ReactNode
}

class Boundary extends Component<BoundaryProps, { error: unknown }> {
  state = { error: null as unknown }
  static getDerivedStateFromError(error: unknown) {
    return { error }
  }
  render() {
    if (this.state.error === null) return this.props.children
    return (
      <div className="section-error" role="alert">
        <p>
          {commonStrings.loadFailed} {errorMessage(this.state.error, {}, 'load')}
        </p>
        <Button
          onClick={() => {
            this.props.onReset()
            this.setState({ error: null })
          }}
        >
          {commonStrings.retry}
        </Button>
      </div>
    )
  }
}

/** A section that loads on its own: skeleton while loading, a message and a retry when it fails. */
export function SectionBoundary({
  fallback,
  children,
}: {
  fallback: ReactNode
  children: ReactNode
}) {
  return (
    <QueryErrorResetBoundary>
      {({ reset }) => (
        <Boundary onReset={reset}>
          <Suspense fallback={fallback}>{children}</Suspense>
        </Boundary>
      )}
    </QueryErrorResetBoundary>
  )
}
