import { cloneElement, useId, type ReactElement, type ReactNode } from 'react'

interface FieldProps {
  label: string
  /** The control: an <input>, <select> or <textarea>; Field wires its id and ARIA. */
  children: ReactElement<Record<string, unknown>>
  error?: string
  description?: ReactNode
  /** Extra content after the control (a show/hide button, a meter). */
  after?: ReactNode
}

/** Label, control, description and error wired together (aria-invalid, aria-describedby). */
export function Field({ label, children, error, description, after }: FieldProps) {
  const id = useId()
  const descriptionId = description ? `${id}-description` : undefined
  const errorId = error ? `${id}-error` : undefined
  const describedBy = [descriptionId, errorId].filter(Boolean).join(' ') || undefined
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      {description ? (
        <p className="field-description" id={descriptionId}>
          {description}
        </p>
      ) : null}
      <div className="field-control">
        {cloneElement(children, {
          id,
          'aria-invalid': error ? true : undefined,
          'aria-describedby': describedBy,
        })}
        {after}
      </div>
      {error ? (
        <p className="field-error" id={errorId}>
          {error}
        </p>
      ) : null}
    </div>
  )
}
