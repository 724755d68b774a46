import { QueryErrorResetBoundary } from '@tanstack/react-query'
import { Component, Suspense, type ReactNode } from 'react'
import { errorMessage } from '../lib/error-message'
import { commonStrings } from '../lib/strings'
import { Alert } from './alert'

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
    const retry = () => {
      this.props.onReset()
      this.setState({ error: null })
    }
    return (
      <Alert retry={{ label: commonStrings.retry, onRetry: retry }}>
        {commonStrings.loadFailed} {errorMessage(this.state.error, {}, 'load')}
      </Alert>
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
