import { useState, type InputHTMLAttributes, type Ref } from 'react'

interface PasswordInputProps extends Omit<InputHTMLAttributes<HTMLInputElement>, 'type'> {
  showLabel: string
  hideLabel: string
  ref?: Ref<HTMLInputElement>
}

/** A password field with a text-labelled show/hide button (aria-pressed says which). */
export function PasswordInput({ showLabel, hideLabel, ref, ...rest }: PasswordInputProps) {
  const [visible, setVisible] = useState(false)
  return (
    <>
      <input
        ref={ref}
        type={visible ? 'text' : 'password'}
        spellCheck={false}
        autoCapitalize="none"
        {...rest}
      />
      <button
        type="button"
        className="btn"
        aria-pressed={visible}
        onClick={() => setVisible((v) => !v)}
      >
        {visible ? hideLabel : showLabel}
      </button>
    </>
  )
}
