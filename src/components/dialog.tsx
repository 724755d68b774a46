import { useEffect, useId, useRef, type ReactNode, type RefObject } from 'react'

interface DialogProps {
  open: boolean
  title: string
  /** Escape, or the dialog's own cancel button. */
  onCancel: () => void
  children: ReactNode
  /** aria-describedby target inside children, if any. */
  descriptionId?: string
  /**
   * Where focus starts once it opens; otherwise the browser's choice (the first control). It is
   * marked `autofocus` before the dialog opens, so the browser's own focusing step lands there
   * and focus never passes through an earlier control (a destructive one, say) on the way.
   */
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
      const target = initialFocus?.current
      // React's autoFocus would focus while the dialog is still closed (a no-op), so the attribute.
      target?.setAttribute('autofocus', '')
      dialog.showModal?.()
      if (target && document.activeElement !== target) target.focus()
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
