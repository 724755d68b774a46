import { zodResolver } from '../../../lib/zod-resolver'
import { Suspense, useContext, useEffect, useRef } from 'react'
import { useForm } from 'react-hook-form'
import { Link } from 'react-router'
import * as z from 'zod/mini'
import { EmailInput } from '../../../components/email-input'
import { Field } from '../../../components/field'
import { FormFooter } from '../../../components/form-error'
import { routes } from '../../../config/paths'
import { isApiError } from '../../../lib/api-error'
import { applyServerError } from '../../../lib/form-errors'
import { useSignIn } from '../api/use-sign-in'
import { PasskeySlotsContext } from '../passkey-slots'
import { signInErrors } from '../sign-in-errors'
import { authStrings } from '../strings'
import { preloadCodeStep } from './lazy-code-step'
import { useFocusFailure } from '../../../lib/use-focus-failure'
import { SignInPasswordField } from './sign-in-password-field'

const schema = z.object({
  email: z
    .string()
    .check(
      z.trim(),
      z.minLength(1, { error: () => authStrings.emailRequired }),
      z.email({ error: () => authStrings.emailInvalid }),
    ),
  password: z.string().check(z.minLength(1, { error: () => authStrings.passwordRequired })),
})
type Values = z.infer<typeof schema>

interface Props {
  notice: string | null
  /** An address to start with (router state, after a password reset). */
  email: string
  /** Signed in, and the next page is on its way: the button stays busy. */
  leaving: boolean
  onSignedIn: () => void
  onSecondFactor: () => void
}

export function PasswordStep({ notice, email, leaving, onSignedIn, onSecondFactor }: Props) {
  const signIn = useSignIn()
  const passkeys = useContext(PasskeySlotsContext)
  const heading = useRef<HTMLHeadingElement>(null)
  const { form, failed } = useFocusFailure()
  const { register, handleSubmit, setError, formState } = useForm<Values>({
    resolver: zodResolver(schema),
    defaultValues: { email, password: '' },
  })
  useEffect(() => {
    if (notice) heading.current?.focus()
  }, [notice])

  const onSubmit = handleSubmit((values) => {
    // Signed in already, the next page on its way: a second press sends nothing.
    if (leaving) return
    // The answer may ask for a second factor: its step loads alongside the request.
    preloadCodeStep()
    passkeys?.preload()
    signIn.mutate(values, {
      onSuccess: onSignedIn,
      onError: (error) => {
        if (isApiError(error, '2fa_required')) return onSecondFactor()
        applyServerError(error, setError, ['email', 'password'], signInErrors(error))
        failed()
      },
    })
  })

  const { errors } = formState
  const serverError = errors.root?.serverError?.message
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
      <form ref={form} noValidate onSubmit={onSubmit}>
        <Field label={authStrings.email} error={errors.email?.message}>
          <EmailInput
            // "webauthn": the browser may offer the account's passkeys here (autofill).
            autoComplete={passkeys ? 'username webauthn' : 'username'}
            {...register('email')}
          />
        </Field>
        <SignInPasswordField error={errors.password?.message} {...register('password')} />
        <p className="hint">
          <Link className="auth-link" to={routes.forgotPassword}>
            {authStrings.forgotPassword}
          </Link>
        </p>
        <FormFooter
          error={serverError}
          busy={signIn.isPending || leaving}
          label={authStrings.signIn}
          busyLabel={authStrings.signingIn}
        />
      </form>
      {passkeys ? (
        <Suspense>
          <passkeys.SignIn leaving={leaving} onSignedIn={onSignedIn} />
        </Suspense>
      ) : null}
    </>
  )
}
