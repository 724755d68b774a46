import { useEffect, useRef } from 'react'
import { useBlocker } from 'react-router'
import { commonStrings } from '../lib/strings'
import { Button } from './button'
import { Dialog } from './dialog'

interface Props {
  when: boolean
  /**
   * What leaving would lose, asked as a question (the dialog's title); by default unsaved
   * changes. The browser's own prompt on close or reload has fixed words of its own.
   */
  message?: string
}

/**
 * While `when` is true, leaving the page asks first: in-app navigation opens a dialog that
 * starts on Stay, closing or reloading the tab gets the browser's own prompt.
 */
export function UnsavedChangesGuard({ when, message }: Props) {
  const stay = useRef<HTMLButtonElement>(null)
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
    <Dialog
      open={open}
      title={message ?? commonStrings.unsavedLeave}
      onCancel={() => blocker.reset?.()}
      initialFocus={stay}
    >
      <div className="form-actions">
        <Button ref={stay} variant="primary" onClick={() => blocker.reset?.()}>
          {commonStrings.stay}
        </Button>
        <Button variant="danger" onClick={() => blocker.proceed?.()}>
          {commonStrings.leave}
        </Button>
      </div>
    </Dialog>
  )
}
