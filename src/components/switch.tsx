import { useId, type ReactNode } from 'react'

interface SwitchProps {
  label: string
  description?: ReactNode
  checked: boolean
  onChange: (checked: boolean) => void
  disabled?: boolean
  name?: string
}

/** An on/off control announced as a switch, with its label and what "on" does. */
export function Switch({ label, description, checked, onChange, disabled, name }: SwitchProps) {
  const id = useId()
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
      </div>
      <button
        type="button"
        role="switch"
        name={name}
        aria-checked={checked}
        aria-labelledby={`${id}-label`}
        aria-describedby={description ? `${id}-description` : undefined}
        className="switch"
        disabled={disabled}
        onClick={() => onChange(!checked)}
      >
        <span className="switch-thumb" aria-hidden="true" />
      </button>
    </div>
  )
}
