import { useId, useRef, useState, type ReactNode } from 'react'
import { errorMessage, type ErrorMessages } from '../lib/error-message'
import { Button } from './button'
import { Dialog } from './dialog'
import { FormError } from './form-error'

interface ConfirmDialogWords {
  /** The action, as a question. */
  title: string
  /** What it costs; the dialog's accessible description. */
  consequences: ReactNode
  confirmLabel: string
  busyLabel: string
  cancelLabel: string
}

interface ConfirmDialogProps extends ConfirmDialogWords {
  open: boolean
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
      <FormError message={failure} />
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

/** A mutation hook's result (from useGuardedMutation) whose action takes no variables. */
interface ConfirmAction<T> {
  mutate: (
    variables: undefined,
    options: { onSuccess: (data: T) => void; onError: (error: unknown) => void },
  ) => void
  isPending: boolean
}

interface ConfirmActionDialogProps<T> extends ConfirmDialogWords {
  open: boolean
  action: ConfirmAction<T>
  /** Sentences per error code, e.g. for a re-authentication the user dismissed. */
  errorMessages?: ErrorMessages
  /** The action succeeded (its hook has done its cache work); close the dialog here. */
  onDone: (data: T) => void
  onCancel: () => void
}

/**
 * ConfirmDialog that runs the action itself: busy while it runs, and on a failure it stays
 * open and says why (forgotten once cancelled, so it does not come back next time).
 */
export function ConfirmActionDialog<T>({
  action,
  errorMessages,
  onDone,
  onCancel,
  ...rest
}: ConfirmActionDialogProps<T>) {
  const [failure, setFailure] = useState<string | null>(null)
  const confirm = () =>
    action.mutate(undefined, {
      onSuccess: (data) => {
        setFailure(null)
        onDone(data)
      },
      onError: (error) => setFailure(errorMessage(error, errorMessages)),
    })
  return (
    <ConfirmDialog
      {...rest}
      busy={action.isPending}
      failure={failure}
      onConfirm={confirm}
      onCancel={() => {
        setFailure(null)
        onCancel()
      }}
    />
  )
}
