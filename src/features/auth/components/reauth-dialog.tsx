import { lazy, Suspense, useEffect, useState } from 'react'
import { Dialog } from '../../../components/dialog'
import {
  finishReauthentication,
  isReauthenticating,
  onReauthenticationChange,
} from '../../../lib/reauth'
import { authStrings } from '../strings'

// The dialog's forms load apart from the first page's chunk, whose budget is tight
// (docs/decisions/0005-first-page-budget.md). Fetched at the visitor's first click or key press:
// a re-auth only follows a refused write, which follows one; and not during the first load,
// whose requests are counted (e2e/requests.spec.ts).
const loadSteps = () => import('./reauth-steps')
const ReauthSteps = lazy(() => loadSteps().then((module) => ({ default: module.ReauthSteps })))

/**
 * Opens when a write is refused with sensitive_action_required_reauth. Re-authenticating is
 * signing in again (POST /api/login, then /api/login/token when 2FA is on); the held write is
 * then sent once more. Cancel or Escape hands the original error back to the form.
 */
export function ReauthDialog({ email }: { email: string }) {
  const [open, setOpen] = useState(isReauthenticating)
  useEffect(() => onReauthenticationChange(setOpen), [])
  useEffect(() => {
    // Only a head start: offline, the failure is the dialog's to show if it ever opens.
    const preload = () => void loadSteps().catch(() => {})
    const events = ['pointerdown', 'keydown'] as const
    events.forEach((name) =>
      document.addEventListener(name, preload, { once: true, capture: true }),
    )
    return () => events.forEach((name) => document.removeEventListener(name, preload, true))
  }, [])
  return (
    <Dialog
      open={open}
      title={authStrings.reauthTitle}
      onCancel={() => finishReauthentication(false)}
    >
      <Suspense>
        <ReauthSteps email={email} />
      </Suspense>
    </Dialog>
  )
}
