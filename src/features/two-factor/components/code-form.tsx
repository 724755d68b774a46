import { zodResolver } from '../../../lib/zod-resolver'
import { useEffect, useRef, useState } from 'react'
import { useForm } from 'react-hook-form'
import * as z from 'zod/mini'
import { Button } from '../../../components/button'
import { OneTimeCodeForm } from '../../../components/code-field'
import { FormError } from '../../../components/form-error'
import { useAnnounce } from '../../../components/live-region'
import { stripCodeSeparators } from '../../../components/one-time-code-input'
import { isApiError } from '../../../lib/api-error'
import { errorMessage } from '../../../lib/error-message'
import { useValidateTwoFactor } from '../api/use-validate-two-factor'
import { twoFactorStrings as s } from '../strings'

const CODE = /^\d{6}$/
// The message is read when the check fails, so it is in the language of that moment.
const schema = z.object({
  token: z.string().check(z.regex(CODE, { error: () => s.codeFormat })),
})
type Values = z.infer<typeof schema>

/** After this many wrong codes in a row the likely cause is the phone's clock. */
const CLOCK_HINT_AFTER = 2

interface Props {
  onVerified: () => void
  onRestart: () => void
  restarting: boolean
}

/** The one code field: checks itself at the sixth digit; on a failure it empties, refocuses and says why. */
export function CodeForm({ onVerified, onRestart, restarting }: Props) {
  const validate = useValidateTwoFactor()
  const announce = useAnnounce()
  const [failures, setFailures] = useState(0)
  const [expired, setExpired] = useState(false)
  const startAgain = useRef<HTMLButtonElement>(null)
  const { register, handleSubmit, setValue, setError, setFocus, formState } = useForm<Values>({
    resolver: zodResolver(schema),
    defaultValues: { token: '' },
    // A half-typed code is not an error; it is checked when sent.
    reValidateMode: 'onSubmit',
  })
  useEffect(() => {
    if (expired) startAgain.current?.focus()
  }, [expired])

  const refuse = (error: unknown) => {
    if (isApiError(error, 'setup_expired')) {
      setExpired(true)
      announce(s.errors.setup_expired)
      return
    }
    if (isApiError(error, 'token_invalid')) setFailures((n) => n + 1)
    const message = errorMessage(error, {
      token_invalid: s.errors.token_invalid,
      sensitive_action_required_reauth: s.errors.reauthDismissed,
      throttled: s.errors.throttled(isApiError(error) ? error.retryAfter : null),
    })
    setValue('token', '')
    setError('token', { type: 'server', message })
    setFocus('token')
    announce(message)
  }
  const submit = handleSubmit(({ token }) =>
    validate.mutate(token, { onSuccess: () => onVerified(), onError: refuse }),
  )

  if (expired) {
    return (
      <div className="setup-expired">
        <FormError message={s.errors.setup_expired} />
        <div className="form-actions">
          <Button ref={startAgain} variant="primary" busy={restarting} onClick={onRestart}>
            {restarting ? s.starting : s.startAgain}
          </Button>
        </div>
      </div>
    )
  }

  return (
    <OneTimeCodeForm
      onSubmit={submit}
      className="code-form"
      label={s.codeLabel}
      description={failures >= CLOCK_HINT_AFTER ? s.codeAndClockHint : s.codeHint}
      error={formState.errors.token?.message}
      input={{
        normalise: stripCodeSeparators,
        onComplete: () => void submit(),
        className: 'code-input',
        // Room for a pasted "123 456"; the value is trimmed to digits as it arrives.
        maxLength: 12,
        ...register('token'),
      }}
      busy={validate.isPending}
      submitLabel={s.verify}
      busyLabel={s.verifying}
    />
  )
}
