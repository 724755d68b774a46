import { useState, type InputHTMLAttributes, type ReactNode, type Ref } from 'react'
import { Field } from './field'

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

interface PasswordFieldProps extends PasswordInputProps {
  label: string
  description?: ReactNode
  error?: string
}

/** A labelled PasswordInput: Field wires the label, the description and the error. */
export function PasswordField({ label, description, error, ...input }: PasswordFieldProps) {
  return (
    <Field label={label} description={description} error={error}>
      <PasswordInput {...input} />
    </Field>
  )
}
