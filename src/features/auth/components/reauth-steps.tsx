import { zodResolver } from '../../../lib/zod-resolver'
import { Suspense, useContext, useEffect, useId, useState } from 'react'
import { useForm } from 'react-hook-form'
import { Link } from 'react-router'
import * as z from 'zod/mini'
import { Button } from '../../../components/button'
import { FormFooter } from '../../../components/form-error'
import { routes } from '../../../config/paths'
import { useAnnounce } from '../../../components/live-region'
import { isApiError } from '../../../lib/api-error'
import { applyServerError } from '../../../lib/form-errors'
import { finishReauthentication } from '../../../lib/reauth'
import { useSignIn } from '../api/use-sign-in'
import { PasskeySlotsContext } from '../passkey-slots'
import { authStrings } from '../strings'
import { CodeStep } from './code-step'
import { SignInPasswordField } from './sign-in-password-field'
import { useFocusFailure } from '../../../lib/use-focus-failure'

const schema = z.object({
  password: z.string().check(z.minLength(1, { error: () => authStrings.passwordRequired })),
})
type Values = z.infer<typeof schema>

/**
 * The re-auth dialog's body, mounted each time it opens (so it starts at the password): the
 * password, then the code when two-factor is on; or a passkey (the app's passkey slot), which
 * needs no code after it. Loaded apart from the first page (reauth-dialog.tsx).
 */
export function ReauthSteps({ email }: { email: string }) {
  const [step, setStep] = useState<'password' | 'code'>('password')
  const announce = useAnnounce()
  const passkeys = useContext(PasskeySlotsContext)
  const succeed = () => {
    announce(authStrings.reauthDone)
    finishReauthentication(true)
  }
  return step === 'password' ? (
    <>
      <PasswordForm email={email} onDone={succeed} onSecondFactor={() => setStep('code')} />
      {passkeys ? (
        <Suspense>
          <passkeys.Reauth onDone={succeed} />
        </Suspense>
      ) : null}
    </>
  ) : (
    <CodeStep
      headingLevel="h3"
      intro={authStrings.reauthCodeIntro}
      onVerified={succeed}
      onRestart={() => setStep('password')}
      secondaryAction={{
        label: authStrings.cancel,
        onClick: () => finishReauthentication(false),
      }}
    />
  )
}

function PasswordForm({
  email,
  onDone,
  onSecondFactor,
}: {
  email: string
  onDone: () => void
  onSecondFactor: () => void
}) {
  const signIn = useSignIn()
  const introId = useId()
  const { form, failed } = useFocusFailure()
  const { register, handleSubmit, setError, setFocus, formState } = useForm<Values>({
    resolver: zodResolver(schema),
    defaultValues: { password: '' },
  })
  useEffect(() => setFocus('password'), [setFocus])
  const onSubmit = handleSubmit((values) =>
    signIn.mutate(
      { email, password: values.password },
      {
        onSuccess: onDone,
        onError: (error) => {
          if (isApiError(error, '2fa_required')) return onSecondFactor()
          // Only the password is asked for here, so a wrong one is "incorrect", said once, at
          // the field, which gets focus for the next try; any other refusal goes on the form.
          if (isApiError(error, 'invalid_credentials'))
            setError('password', { type: 'server', message: authStrings.reauthIncorrect })
          else applyServerError(error, setError, ['password'], authStrings.errors)
          failed()
        },
      },
    ),
  )
  const { errors } = formState
  const serverError = errors.root?.serverError?.message
  return (
    <form ref={form} noValidate onSubmit={onSubmit} aria-describedby={introId}>
      <p id={introId}>{authStrings.reauthIntro(email)}</p>
      <SignInPasswordField error={errors.password?.message} {...register('password')} />
      <p className="hint">
        {/* The change waiting for this check is dropped; the forgot page knows the address
            (router state, never the URL) and says a reset signs out every browser, this one too. */}
        <Link
          className="auth-link"
          to={routes.forgotPassword}
          state={{ email }}
          onClick={() => finishReauthentication(false)}
        >
          {authStrings.forgotPassword}
        </Link>
      </p>
      <FormFooter
        error={serverError}
        busy={signIn.isPending}
        label={authStrings.confirm}
        busyLabel={authStrings.confirming}
      >
        <Button onClick={() => finishReauthentication(false)}>{authStrings.cancel}</Button>
      </FormFooter>
    </form>
  )
}
