import { useEffect, useRef, useState } from 'react'
import { useRevalidator } from 'react-router'
import { Alert } from '../components/alert'
import { useAnnounce } from '../components/live-region'
import { errorMessage, isModuleLoadFailure } from '../lib/error-message'
import { commonStrings } from '../lib/strings'
import { appStrings } from './strings'

/** Whether the app's server answers at all (any status): the page's own address, never cached. */
async function serverAnswers(): Promise<boolean> {
  try {
    await fetch(window.location.href, { method: 'HEAD', cache: 'no-store' })
    return true
  } catch {
    return false
  }
}

/**
 * What a route shows when its code or data could not load: the sentence for this kind of failure
 * ("We couldn't reach the server…" when no answer came) and a retry.
 *
 * The retry runs the route's loaders again (the user, the page's data). When it was the page's
 * code or catalogue that never arrived (or `reload` says so), it reloads the page instead:
 * Chromium keeps a failed import() failed until a reload, and the router keeps the failed lazy
 * route. It reloads only
 * once the server answers, so a retry while still offline keeps the app on screen (and says so
 * again) rather than showing the browser's own offline page.
 */
export function RouteFailure({ error, reload = false }: { error: unknown; reload?: boolean }) {
  const revalidator = useRevalidator()
  const [retrying, setRetrying] = useState(false)
  const announce = useAnnounce()
  const message = errorMessage(error, {}, 'load')

  // A retry that failed again renders this with the new error; the alert's text may be the same,
  // so it is said again (the button stays, with focus). A retry that worked unmounts this.
  const shown = useRef(error)
  useEffect(() => {
    if (shown.current === error) return
    shown.current = error
    setRetrying(false)
    announce(message)
  }, [error, message, announce])

  async function retry() {
    if (retrying) return
    setRetrying(true)
    if (!reload && !isModuleLoadFailure(error)) {
      await revalidator.revalidate()
      setRetrying(false)
    } else if (await serverAnswers()) {
      window.location.reload()
    } else {
      setRetrying(false)
      announce(message)
    }
  }

  return (
    <Alert
      retry={{
        label: retrying ? appStrings.retrying : commonStrings.retry,
        onRetry: () => void retry(),
      }}
    >
      {message}
    </Alert>
  )
}
