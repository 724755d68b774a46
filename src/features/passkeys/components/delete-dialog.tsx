import { ConfirmActionDialog } from '../../../components/confirm-dialog'
import type { PasskeyId } from '../api/passkeys-queries'
import { useDeletePasskey } from '../api/use-delete-passkey'
import { passkeysStrings as s } from '../strings'

interface Props {
  open: boolean
  id: PasskeyId
  name: string
  /** Deleting it ends passkeys as the second factor (the last verified one, with the switch on). */
  endsSecondFactor: boolean
  onClose: () => void
  onDone: () => void
}

/** Deleting one passkey, behind a confirm that says what stops working. */
export function DeletePasskeyDialog({ open, id, name, endsSecondFactor, onClose, onDone }: Props) {
  return (
    <ConfirmActionDialog
      open={open}
      action={useDeletePasskey(id)}
      title={s.deleteTitle(name)}
      consequences={
        <>
          <p>{s.deleteBody}</p>
          {endsSecondFactor ? <p>{s.deleteEndsSecondFactor}</p> : null}
        </>
      }
      confirmLabel={s.deleteConfirm}
      busyLabel={s.deleting}
      cancelLabel={s.cancel}
      onDone={onDone}
      onCancel={onClose}
    />
  )
}
