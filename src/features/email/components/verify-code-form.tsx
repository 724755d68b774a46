import { zodResolver } from '../../../lib/zod-resolver'
import { useEffect, type ReactNode } from 'react'
import { useForm } from 'react-hook-form'
import * as z from 'zod/mini'
import { normaliseEmailCode } from '../../../../contract/email'
import { OneTimeCodeForm } from '../../../components/code-field'
import { useAnnounce } from '../../../components/live-region'
import { ApiError, isApiError } from '../../../lib/api-error'
import { errorMessage } from '../../../lib/error-message'
import { useVerifyEmail } from '../api/use-verify-email'
import { emailCodeFieldSchema } from '../code-schema'
import type { TakeFocus } from '../focus-request'
import { emailStrings } from '../strings'

const s = emailStrings.pending

const schema = z.object({ code: emailCodeFieldSchema })
type Input = z.input<typeof schema>
type Output = z.output<typeof schema>

interface Props {
  uuid: string
  /** The address the code was sent to: the pending one, or the account's own. */
  address: string
  /** Under the field: how to paste, and when the code expires. */
  description: ReactNode
  onVerified: () => void
  /** The address was taken by another account meanwhile; the change can't finish. */
  onEmailTaken?: () => void
  /** Takes a waiting 'code' focus request: the field is focused once it is on screen. */
  takeFocus?: TakeFocus
}

/** The 6-digit code: numeric keyboard, one-time-code autofill, submits by itself at 6 digits. */
export function VerifyCodeForm({
  uuid,
  address,
  description,
  onVerified,
  onEmailTaken,
  takeFocus,
}: Props) {
  const verify = useVerifyEmail()
  const announce = useAnnounce()
  const { register, handleSubmit, setError, setValue, setFocus, formState } = useForm<
    Input,
    unknown,
    Output
  >({
    resolver: zodResolver(schema),
    defaultValues: { code: '' },
    // A refused code stays explained while the next one is typed.
    reValidateMode: 'onSubmit',
  })
  useEffect(() => {
    if (takeFocus?.('code')) setFocus('code')
  })

  /** A refused code is cleared so the next one can be typed or pasted straight away. */
  const refuse = (message: string) => {
    setValue('code', '')
    setError('code', { type: 'server', message })
    setFocus('code')
    announce(message)
  }

  const onSubmit = handleSubmit(({ code }) =>
    verify.mutate(
      { uuid, code },
      {
        onSuccess: onVerified,
        onError: (error) => {
          if (isApiError(error, 'email_taken')) {
            setError('root.serverError', {
              type: 'server',
              message: emailStrings.emailTaken(address),
            })
            return onEmailTaken?.()
          }
          if (isApiError(error) && error.status === 429)
            return refuse(emailStrings.throttled(error.retryAfter))
          if (
            error instanceof ApiError &&
            error.status < 500 &&
            error.code in emailStrings.codeErrors
          )
            return refuse(errorMessage(error, emailStrings.codeErrors))
          // The server or the network failed: the code may still be good, so it stays.
          setError('root.serverError', { type: 'server', message: errorMessage(error) })
        },
      },
    ),
  )

  /** PostHog's normalisation (full-width digits too) once it makes six digits; as typed before. */
  const normalise = (value: string) => normaliseEmailCode(value) ?? value

  const { errors } = formState
  return (
    <OneTimeCodeForm
      onSubmit={onSubmit}
      label={s.code}
      description={description}
      error={errors.code?.message}
      formError={errors.root?.serverError?.message}
      input={{
        normalise,
        // Typed or pasted ("123 456", "123-456"): six digits are enough, no need to press Verify.
        onComplete: () => void onSubmit(),
        maxLength: 20,
        className: 'email-code-input',
        ...register('code'),
      }}
      busy={verify.isPending}
      submitLabel={s.verify}
      busyLabel={s.verifying}
    />
  )
}
