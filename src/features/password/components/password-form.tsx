import { zodResolver } from '../../../lib/zod-resolver'
import { useEffect, useMemo, useRef, useState } from 'react'
import { useForm, useWatch } from 'react-hook-form'
import { FormFooter } from '../../../components/form-error'
import { useAnnounce } from '../../../components/live-region'
import { PasswordField } from '../../../components/password-input'
import { UnsavedChangesGuard } from '../../../components/unsaved-changes-guard'
import { isApiError } from '../../../lib/api-error'
import type { ErrorMessages } from '../../../lib/error-message'
import { applyServerError } from '../../../lib/form-errors'
import { useChangePassword } from '../api/use-change-password'
import { emptyPasswordForm, passwordFormSchema, type PasswordFormValues } from '../password-schema'
import { passwordStrings as s } from '../strings'
import { StrengthMeter } from './strength-meter'

interface Props {
  /** The account's email, for password managers (the hidden username field). */
  email: string
  hasPassword: boolean
}

/** The fields PostHog may name in an error's `attr` for a password change. */
const SERVER_FIELDS = ['current_password', 'password'] as const
/** Read at render, in the current language. */
const toggleLabels = () => ({ showLabel: s.showPassword, hideLabel: s.hidePassword })
/** The new password and its confirmation: what a password manager fills, and the server's cap. */
const newPasswordProps = () => ({ ...toggleLabels(), autoComplete: 'new-password', maxLength: 128 })

/** PostHog's messages for a password change, in the reader's language (same English). */
function errorsByCode(error: unknown): ErrorMessages {
  if (!isApiError(error)) return {}
  const onPassword = error.attr === 'password'
  return {
    incorrect_password: s.errors.incorrectCurrent,
    ...(error.attr === 'current_password' ? { required: s.errors.currentRequired } : {}),
    ...(onPassword ? { invalid_input: s.errors.tooShort, max_length: s.tooLong } : {}),
    password_too_weak: s.errors.tooWeak(error.detail),
    throttled: s.errors.throttled(error.retryAfter),
    sensitive_action_required_reauth: s.errors.reauthDismissed,
  }
}

export function PasswordForm({ email, hasPassword }: Props) {
  const change = useChangePassword()
  const announce = useAnnounce()
  const statusRef = useRef<HTMLParagraphElement>(null)
  // Counts successful saves; each one moves focus to the status (the reset disables Save).
  const [saves, setSaves] = useState(0)
  useEffect(() => {
    if (saves > 0) statusRef.current?.focus()
  }, [saves])
  const schema = useMemo(() => passwordFormSchema(hasPassword), [hasPassword])
  const { register, handleSubmit, setError, reset, control, formState } =
    useForm<PasswordFormValues>({
      resolver: zodResolver(schema),
      defaultValues: emptyPasswordForm,
    })
  const password = useWatch({ control, name: 'password' })

  const onSubmit = handleSubmit((values) =>
    change.mutate(
      hasPassword
        ? { current_password: values.current_password, password: values.password }
        : { password: values.password },
      {
        onSuccess: () => {
          reset(emptyPasswordForm)
          setSaves((n) => n + 1)
          announce(s.changed)
        },
        onError: (error) => applyServerError(error, setError, SERVER_FIELDS, errorsByCode(error)),
      },
    ),
  )

  const { errors, isDirty } = formState
  const pending = change.isPending
  return (
    <form className="password-form" noValidate onSubmit={onSubmit}>
      {/* Tells password managers which account this password belongs to. */}
      <input type="text" name="username" autoComplete="username" value={email} readOnly hidden />
      {hasPassword ? (
        <PasswordField
          label={s.currentPassword}
          error={errors.current_password?.message}
          autoComplete="current-password"
          {...toggleLabels()}
          {...register('current_password')}
        />
      ) : null}
      <div className="new-password">
        <PasswordField
          label={s.newPassword}
          description={s.newPasswordHint}
          error={errors.password?.message}
          {...newPasswordProps()}
          {...register('password')}
        />
        <StrengthMeter password={password} />
      </div>
      <PasswordField
        label={s.confirmPassword}
        error={errors.confirm?.message}
        {...newPasswordProps()}
        {...register('confirm')}
      />
      <p className="hint">{s.otherSessions}</p>
      <FormFooter
        error={errors.root?.serverError?.message}
        busy={pending}
        disabled={!isDirty}
        label={hasPassword ? s.save : s.saveNew}
        busyLabel={s.saving}
      >
        {saves > 0 && !isDirty ? (
          <p ref={statusRef} className="form-status" tabIndex={-1}>
            {s.changed}
          </p>
        ) : null}
      </FormFooter>
      <UnsavedChangesGuard when={isDirty} />
    </form>
  )
}
