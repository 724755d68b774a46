import type { ReactNode } from 'react'
import { Button } from './button'

/** A form's own error (not tied to a field), announced as soon as it appears. */
export function FormError({ message }: { message: string | undefined | null }) {
  if (!message) return null
  return (
    <p className="form-error" role="alert">
      {message}
    </p>
  )
}

interface FormFooterProps {
  /** The form's own error (root.serverError), shown above the buttons. */
  error?: string | null
  /** The submit button's words; `busyLabel` while the request runs. */
  label: string
  busyLabel: string
  busy: boolean
  /** Save stays off until something changed (and does nothing while busy). */
  disabled?: boolean
  /** After the submit button: Cancel, another way out, a status. */
  children?: ReactNode
}

/**
 * The foot of a form: its own error, then the primary submit button and whatever follows it. The
 * button stays focusable while it can't act (Button `focusable`), so a click on it keeps focus
 * there through the save, and its failure is read from the alert above it.
 */
export function FormFooter({ error, label, busyLabel, busy, disabled, children }: FormFooterProps) {
  return (
    <>
      <FormError message={error} />
      <div className="form-actions">
        <Button type="submit" variant="primary" focusable busy={busy} disabled={disabled}>
          {busy ? busyLabel : label}
        </Button>
        {children}
      </div>
    </>
  )
}
