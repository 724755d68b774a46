import { zodResolver } from '../../../lib/zod-resolver'
import { useEffect, useMemo, useRef } from 'react'
import { useForm } from 'react-hook-form'
import * as z from 'zod/mini'
import type { User } from '../../../../contract/user'
import { Card } from '../../../components/card'
import { EmailInput } from '../../../components/email-input'
import { Field } from '../../../components/field'
import { FormFooter } from '../../../components/form-error'
import { UnsavedChangesGuard } from '../../../components/unsaved-changes-guard'
import { isApiError } from '../../../lib/api-error'
import { applyServerError } from '../../../lib/form-errors'
import type { ErrorMessages } from '../../../lib/error-message'
import { useChangeEmail } from '../api/use-change-email'
import { useTakeFocus, type TakeFocus } from '../focus-request'
import { emailStrings } from '../strings'

const s = emailStrings.change

const schemaFor = (current: string) =>
  z.object({
    email: z.string().check(
      z.trim(),
      // Messages read when the field is checked, in the language of that moment.
      z.minLength(1, { error: () => s.required }),
      z.maxLength(254, { error: () => s.tooLong }),
      z.email({ error: () => s.invalid }),
      z.refine((value) => value.toLowerCase() !== current.toLowerCase(), {
        error: () => s.sameAsCurrent,
      }),
    ),
  })
type Values = { email: string }
const FIELDS = ['email'] as const

function errorsByCode(error: unknown): ErrorMessages {
  return {
    ...s.errors,
    throttled: emailStrings.throttled(isApiError(error) ? error.retryAfter : null),
  }
}

interface Props {
  user: User
  takeFocus: TakeFocus
  /** The server staged the address and mailed a code to it. */
  onSent: (pendingEmail: string) => void
  /** A server without mail changes the address at once (PostHog does when email is off). */
  onChanged: (email: string) => void
}

export function ChangeEmailCard({ user, takeFocus, onSent, onChanged }: Props) {
  const change = useChangeEmail()
  const heading = useRef<HTMLHeadingElement>(null)
  const schema = useMemo(() => schemaFor(user.email), [user.email])
  const { register, handleSubmit, setError, setFocus, formState } = useForm<Values>({
    resolver: zodResolver(schema),
    defaultValues: { email: '' },
  })
  useTakeFocus(takeFocus, 'change-heading', heading)
  useEffect(() => {
    if (takeFocus('change-field')) setFocus('email')
  })

  const onSubmit = handleSubmit((values) =>
    change.mutate(values.email, {
      onSuccess: (saved) => {
        if (saved.pending_email) onSent(saved.pending_email)
        else if (saved.email !== user.email) onChanged(saved.email)
      },
      onError: (error) => applyServerError(error, setError, FIELDS, errorsByCode(error)),
    }),
  )

  const { errors, isDirty } = formState
  return (
    <Card title={s.title} intro={s.intro} headingRef={heading}>
      <form noValidate onSubmit={onSubmit}>
        <Field label={s.newEmail} description={s.newEmailHint} error={errors.email?.message}>
          <EmailInput autoComplete="email" {...register('email')} />
        </Field>
        <FormFooter
          error={errors.root?.serverError?.message}
          busy={change.isPending}
          disabled={!isDirty}
          label={s.submit}
          busyLabel={s.submitting}
        />
        <UnsavedChangesGuard when={isDirty} />
      </form>
    </Card>
  )
}
