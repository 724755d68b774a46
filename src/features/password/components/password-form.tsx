import { zodResolver } from '@hookform/resolvers/zod'
import { useEffect, useMemo, useRef, useState } from 'react'
import { useForm, useWatch } from 'react-hook-form'
import { Button } from '../../../components/button'
import { Field } from '../../../components/field'
import { useAnnounce } from '../../../components/live-region'
import { PasswordInput } from '../../../components/password-input'
import { UnsavedChangesGuard } from '../../../components/unsaved-changes-guard'
import { isApiError } from '../../../lib/api-error'
import { applyServerError } from '../../../lib/form-errors'
import { useSingleFlight } from '../../../lib/use-single-flight'
import { useChangePassword } from '../api/use-change-password'
import { emptyPasswordForm, passwordFormSchema, type PasswordFormValues } from '../password-schema'
import { passwordStrings as s } from '../strings'
import { StrengthMeter } from './strength-meter'
import { FormError } from '../../../components/form-error'

interface Props {
  /** The account's email, for password managers (the hidden username field). */
  email: string
  hasPassword: boolean
}

/** The fields PostHog may name in an error's `attr` for a password change. */
const SERVER_FIELDS = ['current_password', 'password'] as const

function errorsByCode(error: unknown): Record<string, string> {
  if (!isApiError(error)) return {}
  return {
    password_too_weak: s.errors.tooWeak(error.detail),
    throttled: s.errors.throttled(error.retryAfter),
    sensitive_action_required_reauth: s.errors.reauthDismissed,
  }
}

export function PasswordForm({ email, hasPassword }: Props) {
  const change = useChangePassword()
  const once = useSingleFlight()
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
    once(() =>
      change
        .mutateAsync(
          hasPassword
            ? { current_password: values.current_password, password: values.password }
            : { password: values.password },
        )
        .then(() => {
          reset(emptyPasswordForm)
          setSaves((n) => n + 1)
          announce(s.changed)
        })
        .catch((error: unknown) => {
          applyServerError(error, setError, SERVER_FIELDS, errorsByCode(error))
        }),
    ),
  )

  const { errors, isDirty } = formState
  const pending = change.isPending
  return (
    <form className="password-form" noValidate onSubmit={onSubmit}>
      {/* Tells password managers which account this password belongs to. */}
      <input type="text" name="username" autoComplete="username" value={email} readOnly hidden />
      {hasPassword ? (
        <Field label={s.currentPassword} error={errors.current_password?.message}>
          <PasswordInput
            autoComplete="current-password"
            showLabel={s.showPassword}
            hideLabel={s.hidePassword}
            {...register('current_password')}
          />
        </Field>
      ) : null}
      <div className="new-password">
        <Field
          label={s.newPassword}
          description={s.newPasswordHint}
          error={errors.password?.message}
        >
          <PasswordInput
            autoComplete="new-password"
            maxLength={128}
            showLabel={s.showPassword}
            hideLabel={s.hidePassword}
            {...register('password')}
          />
        </Field>
        <StrengthMeter password={password} />
      </div>
      <Field label={s.confirmPassword} error={errors.confirm?.message}>
        <PasswordInput
          autoComplete="new-password"
          maxLength={128}
          showLabel={s.showPassword}
          hideLabel={s.hidePassword}
          {...register('confirm')}
        />
      </Field>
      <p className="hint">{s.otherSessions}</p>
      <FormError message={errors.root?.serverError?.message} />
      <div className="form-actions">
        <Button type="submit" variant="primary" busy={pending} disabled={!isDirty}>
          {pending ? s.saving : hasPassword ? s.save : s.saveNew}
        </Button>
        {saves > 0 && !isDirty ? (
          <p ref={statusRef} className="form-status" tabIndex={-1}>
            {s.changed}
          </p>
        ) : null}
      </div>
      <UnsavedChangesGuard when={isDirty} />
    </form>
  )
}
