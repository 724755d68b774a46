import { useForm } from 'react-hook-form'
import * as z from 'zod/mini'
import { EmailInput } from '../../../components/email-input'
import { Field } from '../../../components/field'
import { FormFooter } from '../../../components/form-error'
import { isApiError } from '../../../lib/api-error'
import type { ErrorMessages } from '../../../lib/error-message'
import { applyServerError } from '../../../lib/form-errors'
import { useFocusFailure } from '../../../lib/use-focus-failure'
import { zodResolver } from '../../../lib/zod-resolver'
import { useRequestReset } from '../api/use-request-reset'
import { resetStrings } from '../strings'

const s = resetStrings.forgot

const schema = z.object({
  email: z
    .string()
    .check(
      z.trim(),
      z.minLength(1, { error: () => resetStrings.emailRequired }),
      z.email({ error: () => resetStrings.emailInvalid }),
    ),
})
type Values = z.infer<typeof schema>

/** PostHog's refusals of a reset request, in the reader's language. */
export function forgotErrors(error: unknown): ErrorMessages {
  return {
    ...s.errors,
    throttled: s.throttled(isApiError(error) ? error.retryAfter : null),
  }
}

export function ForgotPasswordForm({
  email,
  onSent,
}: {
  email: string
  onSent: (email: string) => void
}) {
  const request = useRequestReset()
  const { form, failed } = useFocusFailure()
  const { register, handleSubmit, setError, formState } = useForm<Values>({
    resolver: zodResolver(schema),
    defaultValues: { email },
  })
  const onSubmit = handleSubmit((values) =>
    request.mutate(values.email, {
      onSuccess: () => onSent(values.email),
      onError: (error) => {
        applyServerError(error, setError, ['email'], forgotErrors(error))
        failed()
      },
    }),
  )
  const { errors } = formState
  return (
    <form ref={form} noValidate onSubmit={onSubmit}>
      <Field label={resetStrings.email} error={errors.email?.message}>
        <EmailInput autoComplete="username" {...register('email')} />
      </Field>
      <FormFooter
        error={errors.root?.serverError?.message}
        busy={request.isPending}
        label={s.send}
        busyLabel={s.sending}
      />
    </form>
  )
}
