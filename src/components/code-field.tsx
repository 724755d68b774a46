import type { ComponentProps, FormEventHandler, ReactNode } from 'react'
import { Field } from './field'
import { FormFooter } from './form-error'
import { OneTimeCodeInput } from './one-time-code-input'

interface OneTimeCodeFormProps {
  onSubmit: FormEventHandler<HTMLFormElement>
  label: string
  description?: ReactNode
  /** The field's error: a refused code, or the code's own check. */
  error?: string
  /** The form's own error (the server or the network failed; the code stays). */
  formError?: string
  /** The code input's props: `register(...)`, `onComplete`, `normalise`, `maxLength`… */
  input: ComponentProps<typeof OneTimeCodeInput>
  busy: boolean
  submitLabel: string
  busyLabel: string
  className?: string
  /** After the submit button (another way out). */
  children?: ReactNode
}

/**
 * The one code form (sign-in and re-auth's code step, email verification; 2FA enrolment can
 * take it too): a labelled OneTimeCodeInput that submits itself once complete, the form's error
 * and a submit button for those who press it anyway.
 */
export function OneTimeCodeForm({
  onSubmit,
  label,
  description,
  error,
  formError,
  input,
  busy,
  submitLabel,
  busyLabel,
  className,
  children,
}: OneTimeCodeFormProps) {
  return (
    <form noValidate onSubmit={onSubmit} className={className}>
      <Field label={label} description={description} error={error}>
        <OneTimeCodeInput {...input} />
      </Field>
      <FormFooter error={formError} busy={busy} label={submitLabel} busyLabel={busyLabel}>
        {children}
      </FormFooter>
    </form>
  )
}
