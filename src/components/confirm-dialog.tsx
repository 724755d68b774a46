import { useId, useRef, type ReactNode } from 'react'
import { Button } from './button'
import { Dialog } from './dialog'
import { FormError } from './form-error'

interface ConfirmDialogProps {
  open: boolean
  /** The action, as a question. */
  title: string
  /** What it costs; the dialog's accessible description. */
  consequences: ReactNode
  confirmLabel: string
  busyLabel: string
  cancelLabel: string
  busy: boolean
  /** Why the last try failed; the dialog stays open to say it. */
  failure: string | null
  onConfirm: () => void
  onCancel: () => void
}

/**
 * Asks before a destructive action. Focus starts on the safe button, so a stray Enter or
 * Space cancels; the destructive one is styled as danger. Cancelling is refused while busy.
 */
export function ConfirmDialog({
  open,
  title,
  consequences,
  confirmLabel,
  busyLabel,
  cancelLabel,
  busy,
  failure,
  onConfirm,
  onCancel,
}: ConfirmDialogProps) {
  const descriptionId = useId()
  const safe = useRef<HTMLButtonElement>(null)
  const cancel = () => {
    if (!busy) onCancel()
  }
  return (
    <Dialog
      open={open}
      title={title}
      descriptionId={descriptionId}
      onCancel={cancel}
      initialFocus={safe}
    >
      <div id={descriptionId}>{consequences}</div>
      <FormError message={failure ?? undefined} />
      <div className="form-actions">
        <Button variant="danger" busy={busy} onClick={onConfirm}>
          {busy ? busyLabel : confirmLabel}
        </Button>
        <Button ref={safe} onClick={cancel} disabled={busy}>
          {cancelLabel}
        </Button>
      </div>
    </Dialog>
  )
}
