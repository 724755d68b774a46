import { useState } from 'react'
import { ConfirmDialog } from '../../../components/confirm-dialog'
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
  const [failure, setFailure] = useState<string | null>(null)
  const close = () => {
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
    <ConfirmDialog
      open={open}
      title={s.regenerateTitle}
      consequences={<p>{s.regenerateBody(remaining)}</p>}
      confirmLabel={s.regenerateConfirm}
      busyLabel={s.regenerating}
      cancelLabel={s.cancel}
      busy={generate.isPending}
      failure={failure}
      onConfirm={() => void confirm()}
      onCancel={close}
    />
  )
}
