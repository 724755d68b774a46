import { lazy, Suspense, useEffect, useState } from 'react'
import { Dialog } from '../../../components/dialog'
import {
  finishReauthentication,
  isReauthenticating,
  onReauthenticationChange,
} from '../../../lib/reauth'
import { authStrings } from '../strings'

// The dialog's forms load apart from the first page's chunk, whose budget is tight
// (docs/decisions/0005-first-page-budget.md); fetched once the page is up, long before any use.
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
  useEffect(() => void loadSteps(), [])
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
