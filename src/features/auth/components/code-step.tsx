import { zodResolver } from '@hookform/resolvers/zod'
import { useEffect, useRef } from 'react'
import { useForm } from 'react-hook-form'
import * as z from 'zod/mini'
import { Button } from '../../../components/button'
import { Field } from '../../../components/field'
import { OneTimeCodeInput } from '../../../components/one-time-code-input'
import { isApiError } from '../../../lib/api-error'
import { applyServerError } from '../../../lib/form-errors'
import { useSingleFlight } from '../../../lib/use-single-flight'
import { useSubmitSecondFactor } from '../api/use-sign-in'
import { authStrings } from '../strings'

const schema = z.object({
  token: z.string().check(z.trim(), z.minLength(1, authStrings.codeRequired)),
})
type Values = z.infer<typeof schema>

/** The codes whose only way forward is entering the password again. */
export const RESTART_CODES = ['2fa_expired', 'invalid_2fa_session']

interface Props {
  intro: string
  headingLevel: 'h1' | 'h3'
  onVerified: () => void
  /** Called with the message to show when the password step must be done again. */
  onRestart: (message: string) => void
  secondaryAction?: { label: string; onClick: () => void }
}

/** Authenticator or backup code, for sign-in and for re-authentication alike. */
export function CodeStep({
  intro,
  headingLevel: Heading,
  onVerified,
  onRestart,
  secondaryAction,
}: Props) {
  const submit = useSubmitSecondFactor()
  const once = useSingleFlight()
  const heading = useRef<HTMLHeadingElement>(null)
  const { register, handleSubmit, setError, setValue, setFocus, formState } = useForm<Values>({
    resolver: zodResolver(schema),
    defaultValues: { token: '' },
  })
  useEffect(() => heading.current?.focus(), [])

  const onSubmit = handleSubmit((values) => {
    // Codes are often pasted as "123 456"; the server wants the characters only.
    const token = values.token.replace(/[\s-]/g, '')
    return once(() =>
      submit
        .mutateAsync(token)
        .then(onVerified)
        .catch((error: unknown) => {
          if (isApiError(error) && RESTART_CODES.includes(error.code))
            return onRestart(authStrings.errors[error.code]!)
          const byCode = { ...authStrings.errors }
          if (isApiError(error) && error.status === 429)
            byCode.throttled = authStrings.throttled(error.retryAfter)
          setValue('token', '')
          applyServerError(error, setError, ['token'], byCode)
          setFocus('token')
        }),
    )
  })

  const error = formState.errors.token?.message ?? formState.errors.root?.serverError?.message
  return (
    <>
      <Heading ref={heading} tabIndex={-1}>
        {authStrings.secondFactorTitle}
      </Heading>
      <p className="card-intro">{intro}</p>
      <form noValidate onSubmit={onSubmit}>
        <Field label={authStrings.code} description={authStrings.codeHint} error={error}>
          <OneTimeCodeInput
            // Backup codes have letters: the text keyboard, and no submit at six characters.
            keyboard="text"
            maxLength={16}
            {...register('token')}
          />
        </Field>
        <div className="form-actions">
          <Button type="submit" variant="primary" busy={submit.isPending}>
            {submit.isPending ? authStrings.verifying : authStrings.verify}
          </Button>
          {secondaryAction ? (
            <Button onClick={secondaryAction.onClick}>{secondaryAction.label}</Button>
          ) : null}
        </div>
      </form>
    </>
  )
}
