import { zodResolver } from '@hookform/resolvers/zod'
import { useEffect, useRef } from 'react'
import { useForm } from 'react-hook-form'
import * as z from 'zod/mini'
import { Button } from '../../../components/button'
import { Field } from '../../../components/field'
import { PasswordInput } from '../../../components/password-input'
import { isApiError } from '../../../lib/api-error'
import { applyServerError } from '../../../lib/form-errors'
import { useSingleFlight } from '../../../lib/use-single-flight'
import { useSignIn } from '../api/use-sign-in'
import { authStrings } from '../strings'
import { FormError } from '../../../components/form-error'

const schema = z.object({
  email: z
    .string()
    .check(z.trim(), z.minLength(1, authStrings.emailRequired), z.email(authStrings.emailInvalid)),
  password: z.string().check(z.minLength(1, authStrings.passwordRequired)),
})
type Values = z.infer<typeof schema>

interface Props {
  notice: string | null
  onSignedIn: () => void
  onSecondFactor: () => void
}

export function PasswordStep({ notice, onSignedIn, onSecondFactor }: Props) {
  const signIn = useSignIn()
  const once = useSingleFlight()
  const heading = useRef<HTMLHeadingElement>(null)
  const { register, handleSubmit, setError, formState } = useForm<Values>({
    resolver: zodResolver(schema),
    defaultValues: { email: '', password: '' },
  })
  useEffect(() => {
    if (notice) heading.current?.focus()
  }, [notice])

  const onSubmit = handleSubmit((values) => {
    return once(() =>
      signIn
        .mutateAsync(values)
        .then(onSignedIn)
        .catch((error: unknown) => {
          if (isApiError(error, '2fa_required')) return onSecondFactor()
          const byCode = { ...authStrings.errors }
          if (isApiError(error) && error.status === 429)
            byCode.throttled = authStrings.throttled(error.retryAfter)
          applyServerError(error, setError, ['email', 'password'], byCode)
        }),
    )
  })

  const { errors } = formState
  return (
    <>
      <h1 ref={heading} tabIndex={-1}>
        {authStrings.signInTitle}
      </h1>
      <p className="card-intro">{authStrings.signInIntro}</p>
      {notice ? (
        <p className="notice" role="status">
          {notice}
        </p>
      ) : null}
      <form noValidate onSubmit={onSubmit}>
        <Field label={authStrings.email} error={errors.email?.message}>
          <input
            type="email"
            autoComplete="username"
            inputMode="email"
            spellCheck={false}
            autoCapitalize="none"
            {...register('email')}
          />
        </Field>
        <Field label={authStrings.password} error={errors.password?.message}>
          <PasswordInput
            autoComplete="current-password"
            showLabel={authStrings.showPassword}
            hideLabel={authStrings.hidePassword}
            {...register('password')}
          />
        </Field>
        <FormError message={errors.root?.serverError?.message} />
        <div className="form-actions">
          <Button type="submit" variant="primary" busy={signIn.isPending}>
            {signIn.isPending ? authStrings.signingIn : authStrings.signIn}
          </Button>
        </div>
      </form>
    </>
  )
}
