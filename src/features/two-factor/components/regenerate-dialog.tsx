import { useId, useState } from 'react'
import { Button } from '../../../components/button'
import { Dialog } from '../../../components/dialog'
import { errorMessage } from '../../../lib/error-message'
import { useSingleFlight } from '../../../lib/use-single-flight'
import { useGenerateBackupCodes } from '../api/use-generate-backup-codes'
import { twoFactorStrings as s } from '../strings'

interface Props {
  open: boolean
  remaining: number
  onClose: () => void
  onGenerated: (codes: string[]) => void
}

/** Regenerating kills every old code at once, so it is said before, not after. */
export function RegenerateDialog({ open, remaining, onClose, onGenerated }: Props) {
  const generate = useGenerateBackupCodes()
  const once = useSingleFlight()
  const descriptionId = useId()
  const [failure, setFailure] = useState<string | null>(null)
  const close = () => {
    if (generate.isPending) return
    setFailure(null)
    onClose()
  }
  const confirm = () =>
    once(() =>
      generate
        .mutateAsync()
        .then((codes) => {
          setFailure(null)
          onGenerated(codes)
        })
        .catch((error: unknown) =>
          setFailure(
            errorMessage(error, { sensitive_action_required_reauth: s.regenerateReauthDismissed }),
          ),
        ),
    )
  return (
    <Dialog open={open} title={s.regenerateTitle} descriptionId={descriptionId} onCancel={close}>
      <p id={descriptionId}>{s.regenerateBody(remaining)}</p>
      {failure ? (
        <p className="form-error" role="alert">
          {failure}
        </p>
      ) : null}
      <div className="form-actions">
        <Button variant="primary" busy={generate.isPending} onClick={() => void confirm()}>
          {generate.isPending ? s.regenerating : s.regenerateConfirm}
        </Button>
        <Button onClick={close} disabled={generate.isPending}>
          {s.cancel}
        </Button>
      </div>
    </Dialog>
  )
}
