import { zodResolver } from '../../../lib/zod-resolver'
import { Suspense, useContext, useEffect, useRef } from 'react'
import { useForm } from 'react-hook-form'
import * as z from 'zod/mini'
import { Button } from '../../../components/button'
import { OneTimeCodeForm } from '../../../components/code-field'
import { stripCodeSeparators } from '../../../components/one-time-code-input'
import { isApiError } from '../../../lib/api-error'
import { errorMessage } from '../../../lib/error-message'
import { applyServerError } from '../../../lib/form-errors'
import { useSubmitSecondFactor } from '../api/use-sign-in'
import { PasskeySlotsContext } from '../passkey-slots'
import { signInErrors } from '../sign-in-errors'
import { authStrings } from '../strings'

const schema = z.object({
  token: z.string().check(z.trim(), z.minLength(1, { error: () => authStrings.codeRequired })),
})
type Values = z.infer<typeof schema>

/** The codes whose only way forward is entering the password again. */
export const RESTART_CODES = ['2fa_expired', 'invalid_2fa_session']

interface Props {
  intro: string
  headingLevel: 'h1' | 'h3'
  onVerified: () => void
  /** Verified, and the next page is on its way: the button stays busy. */
  leaving?: boolean
  /** Called with the message to show when the password step must be done again. */
  onRestart: (message: string) => void
  secondaryAction?: { label: string; onClick: () => void }
}

/**
 * Authenticator or backup code, for sign-in and for re-authentication alike. Six digits (an
 * authenticator's code, typed or pasted) send themselves; a backup code is sent with Verify.
 */
export function CodeStep({
  intro,
  headingLevel: Heading,
  onVerified,
  leaving = false,
  onRestart,
  secondaryAction,
}: Props) {
  const submit = useSubmitSecondFactor()
  const passkeys = useContext(PasskeySlotsContext)
  const heading = useRef<HTMLHeadingElement>(null)
  const { register, handleSubmit, setError, setValue, setFocus, formState } = useForm<Values>({
    resolver: zodResolver(schema),
    defaultValues: { token: '' },
  })
  useEffect(() => heading.current?.focus(), [])

  /** An expired or lost sign-in (whatever the factor) goes back to the password step. */
  const restartOn = (error: unknown) => {
    if (!isApiError(error) || !RESTART_CODES.includes(error.code)) return false
    onRestart(errorMessage(error, authStrings.errors))
    return true
  }

  const onSubmit = handleSubmit((values) =>
    // Codes are often pasted as "123 456"; the server wants the characters only. Once verified
    // (`leaving`), nothing more is sent.
    leaving
      ? undefined
      : submit.mutate(stripCodeSeparators(values.token), {
          onSuccess: onVerified,
          onError: (error) => {
            if (restartOn(error)) return
            setValue('token', '')
            applyServerError(error, setError, ['token'], signInErrors(error))
            setFocus('token')
          },
        }),
  )

  const back = secondaryAction ? (
    <Button onClick={secondaryAction.onClick}>{secondaryAction.label}</Button>
  ) : null
  const codeStep = (
    <>
      <p className="card-intro">{intro}</p>
      <OneTimeCodeForm
        onSubmit={onSubmit}
        label={authStrings.code}
        description={authStrings.codeHint}
        // A refused code is explained at the field, which is emptied for the next one.
        error={formState.errors.token?.message ?? formState.errors.root?.serverError?.message}
        input={{
          // Backup codes have letters: the text keyboard; six digits (an app's code) send at once.
          keyboard: 'text',
          maxLength: 16,
          onComplete: () => void onSubmit(),
          ...register('token'),
        }}
        busy={submit.isPending || leaving}
        submitLabel={authStrings.verify}
        busyLabel={authStrings.verifying}
      >
        {back}
      </OneTimeCodeForm>
    </>
  )

  return (
    <>
      <Heading ref={heading} tabIndex={-1}>
        {authStrings.secondFactorTitle}
      </Heading>
      {passkeys ? (
        // Until the passkey part has loaded (it is preloaded with this step), the code form.
        <Suspense fallback={codeStep}>
          <passkeys.SecondFactor
            codeStep={codeStep}
            secondary={back}
            leaving={leaving}
            onVerified={onVerified}
            onRestart={restartOn}
          />
        </Suspense>
      ) : (
        codeStep
      )}
    </>
  )
}
