import { useEffect, useId, useRef, type ReactNode, type RefObject } from 'react'

interface DialogProps {
  open: boolean
  title: string
  /** Escape, or the dialog's own cancel button. */
  onCancel: () => void
  children: ReactNode
  /** aria-describedby target inside children, if any. */
  descriptionId?: string
  /** Where focus starts once it opens; otherwise the browser's choice (the first control). */
  initialFocus?: RefObject<HTMLElement | null>
}

/**
 * A native modal <dialog>: the browser traps focus and makes the page inert; Escape cancels.
 * Focus goes back to whatever opened it.
 */
export function Dialog({
  open,
  title,
  onCancel,
  children,
  descriptionId,
  initialFocus,
}: DialogProps) {
  const ref = useRef<HTMLDialogElement>(null)
  const opener = useRef<Element | null>(null)
  const titleId = useId()

  useEffect(() => {
    const dialog = ref.current
    if (!dialog) return
    if (open && !dialog.open) {
      opener.current = document.activeElement
      dialog.showModal?.()
      initialFocus?.current?.focus()
    } else if (!open && dialog.open) {
      dialog.close()
      if (opener.current instanceof HTMLElement) opener.current.focus()
    }
  }, [open, initialFocus])

  return (
    <dialog
      ref={ref}
      className="dialog"
      aria-labelledby={titleId}
      aria-describedby={descriptionId}
      onCancel={(event) => {
        event.preventDefault()
        onCancel()
      }}
    >
      {open ? (
        <>
          <h2 id={titleId} className="dialog-title">
            {title}
          </h2>
          {children}
        </>
      ) : null}
    </dialog>
  )
}
