import {
  useEffect,
  useRef,
  useState,
  type InputHTMLAttributes,
  type ReactNode,
  type Ref,
} from 'react'
import { Field } from './field'

const EYE = 'M2 12s3.6-7 10-7 10 7 10 7-3.6 7-10 7S2 12 2 12ZM15 12a3 3 0 0 1-6 0 3 3 0 0 1 6 0'

interface PasswordInputProps extends Omit<InputHTMLAttributes<HTMLInputElement>, 'type'> {
  showLabel: string
  hideLabel: string
  ref?: Ref<HTMLInputElement>
}

/**
 * A password field with an icon-sized show/hide button inside its end edge: the field keeps its
 * full width. The button's name says what it will do ("Show password", then "Hide password").
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
        onClick={() => setVisible((v) => !v)}
      >
        {/* An eye, struck through while the password shows; stroked in forms.css. */}
        <svg aria-hidden="true" viewBox="0 0 24 24">
          <path d={visible ? `${EYE}M4 4l16 16` : EYE} />
        </svg>
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
