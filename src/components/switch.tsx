import { useId, type ReactNode } from 'react'
// The status cluster's layout (.control-with-status) lives with SaveStatus.
import './save-status.css'

interface SwitchProps {
  label: string
  description?: ReactNode
  checked: boolean
  onChange: (checked: boolean) => void
  disabled?: boolean
  name?: string
  /** Beside the switch: its SaveStatus when it saves at once. */
  status?: ReactNode
  /** Why the last change was not saved; shown under the label and read with the switch. */
  error?: string | null
}

/** An on/off control announced as a switch, with its label and what "on" does. */
export function Switch({
  label,
  description,
  checked,
  onChange,
  disabled,
  name,
  status,
  error,
}: SwitchProps) {
  const id = useId()
  const describedBy =
    [description ? `${id}-description` : null, error ? `${id}-error` : null]
      .filter(Boolean)
      .join(' ') || undefined
  return (
    <div className="switch-row">
      <div className="switch-text">
        <span id={`${id}-label`} className="switch-label">
          {label}
        </span>
        {description ? (
          <span id={`${id}-description`} className="switch-description">
            {description}
          </span>
        ) : null}
        {error ? (
          <p id={`${id}-error`} className="field-error">
            {error}
          </p>
        ) : null}
      </div>
      <div className="control-with-status">
        {status}
        <button
          type="button"
          role="switch"
          name={name}
          aria-checked={checked}
          aria-labelledby={`${id}-label`}
          aria-describedby={describedBy}
          className="switch"
          disabled={disabled}
          onClick={() => onChange(!checked)}
        >
          <span className="switch-thumb" aria-hidden="true" />
        </button>
      </div>
    </div>
  )
}
