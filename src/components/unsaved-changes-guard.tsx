import { useEffect } from 'react'
import { useBlocker } from 'react-router'
import { commonStrings } from '../lib/strings'
import { Button } from './button'
import { Dialog } from './dialog'

/**
 * While `when` is true, leaving the page asks first: in-app navigation opens a dialog,
 * closing or reloading the tab gets the browser's own prompt.
 */
export function UnsavedChangesGuard({ when }: { when: boolean }) {
  const blocker = useBlocker(
    ({ currentLocation, nextLocation }) =>
      when && currentLocation.pathname !== nextLocation.pathname,
  )

  useEffect(() => {
    if (!when) return
    const onBeforeUnload = (event: BeforeUnloadEvent) => {
      event.preventDefault()
    }
    window.addEventListener('beforeunload', onBeforeUnload)
    return () => window.removeEventListener('beforeunload', onBeforeUnload)
  }, [when])

  const open = blocker.state === 'blocked'
  return (
    <Dialog open={open} title={commonStrings.unsavedLeave} onCancel={() => blocker.reset?.()}>
      <div className="form-actions">
        <Button variant="primary" onClick={() => blocker.reset?.()}>
          {commonStrings.stay}
        </Button>
        <Button variant="danger" onClick={() => blocker.proceed?.()}>
          {commonStrings.leave}
        </Button>
      </div>
    </Dialog>
  )
}
