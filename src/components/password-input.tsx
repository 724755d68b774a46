import {
  useEffect,
  useRef,
  useState,
  type InputHTMLAttributes,
  type ReactNode,
  type Ref,
} from 'react'
import { Field } from './field'

interface PasswordInputProps extends Omit<InputHTMLAttributes<HTMLInputElement>, 'type'> {
  showLabel: string
  hideLabel: string
  ref?: Ref<HTMLInputElement>
}

/**
 * A password field with an icon-sized show/hide button inside its end edge: the field keeps its
 * full width. The button's name says what it will do ("Show password", then "Hide password");
 * its eye, struck through while the password shows, is drawn in forms.css.
 * Sending the form masks the password again, so it is never left on screen or saved as text.
 */
export function PasswordInput({ showLabel, hideLabel, ref, ...rest }: PasswordInputProps) {
  const [visible, setVisible] = useState(false)
  const toggle = useRef<HTMLButtonElement>(null)
  useEffect(() => {
    const form = toggle.current?.form
    const hide = () => setVisible(false)
    form?.addEventListener('submit', hide)
    return () => form?.removeEventListener('submit', hide)
  }, [])
  return (
    <span className="password-input">
      <input
        ref={ref}
        type={visible ? 'text' : 'password'}
        spellCheck={false}
        autoCapitalize="none"
        {...rest}
      />
      <button
        ref={toggle}
        type="button"
        className="password-toggle"
        data-shown={visible || undefined}
        onClick={() => setVisible((v) => !v)}
      >
        <span className="visually-hidden">{visible ? hideLabel : showLabel}</span>
      </button>
    </span>
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
