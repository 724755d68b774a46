import { ConfirmActionDialog } from '../../../components/confirm-dialog'
import { useDisableTwoFactor } from '../api/use-disable-two-factor'
import { useGenerateBackupCodes } from '../api/use-generate-backup-codes'
import { backupCodesStrings as b } from '../backup-codes-strings'
import { twoFactorStrings as s } from '../strings'

interface Props<T> {
  open: boolean
  /** Backup codes left: what the action is about to kill. */
  remaining: number
  onClose: () => void
  onDone: (result: T) => void
}

/** Regenerating kills every old code at once, so it is said before, not after. */
export function RegenerateDialog({ open, remaining, onClose, onDone }: Props<string[]>) {
  return (
    <ConfirmActionDialog
      open={open}
      action={useGenerateBackupCodes()}
      title={b.regenerateTitle}
      consequences={<p>{b.regenerateBody(remaining)}</p>}
      confirmLabel={b.regenerateConfirm}
      busyLabel={b.regenerating}
      cancelLabel={s.cancel}
      errorMessages={{ sensitive_action_required_reauth: b.regenerateReauthDismissed }}
      onDone={onDone}
      onCancel={onClose}
    />
  )
}

/** Names what turning 2FA off costs before it happens. */
export function DisableDialog({ open, remaining, onClose, onDone }: Props<unknown>) {
  return (
    <ConfirmActionDialog
      open={open}
      action={useDisableTwoFactor()}
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
      errorMessages={{ sensitive_action_required_reauth: s.disableReauthDismissed }}
      onDone={onDone}
      onCancel={onClose}
    />
  )
}
