import { useId, useState } from 'react'
import { Button } from '../../../components/button'
import { Dialog } from '../../../components/dialog'
import { errorMessage } from '../../../lib/error-message'
import { useSingleFlight } from '../../../lib/use-single-flight'
import { useDisableTwoFactor } from '../api/use-disable-two-factor'
import { twoFactorStrings as s } from '../strings'

interface Props {
  open: boolean
  remaining: number
  onClose: () => void
  onDisabled: () => void
}

/** Names what turning 2FA off costs before it happens. */
export function DisableDialog({ open, remaining, onClose, onDisabled }: Props) {
  const disable = useDisableTwoFactor()
  const once = useSingleFlight()
  const descriptionId = useId()
  const [failure, setFailure] = useState<string | null>(null)
  const close = () => {
    if (disable.isPending) return
    setFailure(null)
    onClose()
  }
  const confirm = () =>
    once(() =>
      disable
        .mutateAsync()
        .then(() => {
          setFailure(null)
          onDisabled()
        })
        .catch((error: unknown) =>
          setFailure(
            errorMessage(error, { sensitive_action_required_reauth: s.disableReauthDismissed }),
          ),
        ),
    )
  return (
    <Dialog open={open} title={s.disableTitle} descriptionId={descriptionId} onCancel={close}>
      <ul id={descriptionId} className="consequences">
        {s.disableConsequences(remaining).map((line) => (
          <li key={line}>{line}</li>
        ))}
      </ul>
      {failure ? (
        <p className="form-error" role="alert">
          {failure}
        </p>
      ) : null}
      <div className="form-actions">
        <Button variant="danger" busy={disable.isPending} onClick={() => void confirm()}>
          {disable.isPending ? s.disabling : s.disableConfirm}
        </Button>
        <Button onClick={close} disabled={disable.isPending}>
          {s.cancel}
        </Button>
      </div>
    </Dialog>
  )
}
