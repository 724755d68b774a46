import { useState } from 'react'
import { ConfirmDialog } from '../../../components/confirm-dialog'
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
  const [failure, setFailure] = useState<string | null>(null)
  const close = () => {
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
    <ConfirmDialog
      open={open}
      title={s.disableTitle}
      consequences={
        <ul className="consequences">
          {s.disableConsequences(remaining).map((line) => (
            <li key={line}>{line}</li>
          ))}
        </ul>
      }
      confirmLabel={s.disableConfirm}
      busyLabel={s.disabling}
      cancelLabel={s.cancel}
      busy={disable.isPending}
      failure={failure}
      onConfirm={() => void confirm()}
      onCancel={close}
    />
  )
}
