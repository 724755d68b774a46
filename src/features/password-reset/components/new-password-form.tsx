import { useMemo, type ComponentType } from 'react'
import { useForm, useWatch } from 'react-hook-form'
import { useNavigate } from 'react-router'
import * as z from 'zod/mini'
import { FormFooter } from '../../../components/form-error'
import { useAnnounce } from '../../../components/live-region'
import { PasswordField } from '../../../components/password-input'
import { loginState, passwordChangedLoginPath, routes } from '../../../config/paths'
import { isApiError } from '../../../lib/api-error'
import type { ErrorMessages } from '../../../lib/error-message'
import { applyServerError } from '../../../lib/form-errors'
import { confirmMatches, newPasswordFields } from '../../../lib/new-password'
import { useFocusFailure } from '../../../lib/use-focus-failure'
import { zodResolver } from '../../../lib/zod-resolver'
import { useResetPassword } from '../api/use-reset-password'
import { resetStrings } from '../strings'

const s = resetStrings.reset

/** What the password page lends this form (composed in src/app/routes/reset-password.tsx). */
export interface StrengthParts {
  Meter: ComponentType<{ password: string }>
  /** PostHog's password_too_weak detail (zxcvbn's English advice), in the reader's language. */
  tooWeak: (detail: string) => string
}

/** The server's rules that need no dictionary (8 to 128 characters); it judges the strength. */
const schema = () => z.object(newPasswordFields(s)).check(confirmMatches(s))
type Values = { password: string; confirm: string }

interface Props {
  uuid: string
  token: string
  strength?: StrengthParts
  /** The token was refused on submit: the page says the link doesn't work. */
  onRefused: () => void
}

export function NewPasswordForm({ uuid, token, strength, onRefused }: Props) {
  const reset = useResetPassword()
  const navigate = useNavigate()
  const announce = useAnnounce()
  const { form, failed } = useFocusFailure()
  const resolver = useMemo(() => zodResolver(schema()), [])
  const { register, handleSubmit, setError, control, formState } = useForm<Values>({
    resolver,
    defaultValues: { password: '', confirm: '' },
  })
  const password = useWatch({ control, name: 'password' })
  const toggle = { showLabel: resetStrings.showPassword, hideLabel: resetStrings.hidePassword }

  const onSubmit = handleSubmit((values) =>
    reset.mutate(
      { uuid, token, password: values.password },
      {
        onSuccess: (answer) => {
          if (answer) {
            // Newest PostHog: every session is gone, this browser's too; sign in afresh.
            void navigate(passwordChangedLoginPath, {
              replace: true,
              state: loginState('password-changed', answer.email),
            })
          } else {
            // Older PostHog signs the caller in.
            announce(s.signedIn)
            void navigate(routes.profile, { replace: true })
          }
        },
        onError: (error) => {
          if (isApiError(error, 'invalid_token')) return onRefused()
          const byCode: ErrorMessages = {
            ...(isApiError(error, 'password_too_weak') && strength
              ? { password_too_weak: strength.tooWeak(error.detail) }
              : {}),
          }
          applyServerError(error, setError, ['password'], byCode)
          failed()
        },
      },
    ),
  )

  const { errors } = formState
  const Meter = strength?.Meter
  return (
    <form ref={form} className="password-form" noValidate onSubmit={onSubmit}>
      <div className="new-password">
        <PasswordField
          label={s.newPassword}
          description={s.newPasswordHint}
          error={errors.password?.message}
          autoComplete="new-password"
          maxLength={128}
          {...toggle}
          {...register('password')}
        />
        {Meter ? <Meter password={password} /> : null}
      </div>
      <PasswordField
        label={s.confirmPassword}
        error={errors.confirm?.message}
        autoComplete="new-password"
        maxLength={128}
        {...toggle}
        {...register('confirm')}
      />
      <FormFooter
        error={errors.root?.serverError?.message}
        busy={reset.isPending}
        label={s.save}
        busyLabel={s.saving}
      />
    </form>
  )
}
