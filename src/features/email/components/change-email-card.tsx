import { zodResolver } from '@hookform/resolvers/zod'
import { useEffect, useId, useMemo, useRef } from 'react'
import { useForm } from 'react-hook-form'
import * as z from 'zod/mini'
import type { User } from '../../../../contract/user'
import { Button } from '../../../components/button'
import { Field } from '../../../components/field'
import { UnsavedChangesGuard } from '../../../components/unsaved-changes-guard'
import { isApiError } from '../../../lib/api-error'
import { applyServerError } from '../../../lib/form-errors'
import { useSingleFlight } from '../../../lib/use-single-flight'
import { useChangeEmail } from '../api/use-change-email'
import { useTakeFocus, type TakeFocus } from '../focus-request'
import { emailStrings } from '../strings'
import { FormError } from '../../../components/form-error'

const s = emailStrings.change

const schemaFor = (current: string) =>
  z.object({
    email: z.string().check(
      z.trim(),
      z.minLength(1, s.required),
      z.maxLength(254, s.tooLong),
      z.email(s.invalid),
      z.refine((value) => value.toLowerCase() !== current.toLowerCase(), s.sameAsCurrent),
    ),
  })
type Values = { email: string }
const FIELDS = ['email'] as const

function errorsByCode(error: unknown): Record<string, string> {
  return {
    ...s.errors,
    throttled: s.throttled(isApiError(error) ? error.retryAfter : null),
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
  const once = useSingleFlight()
  const headingId = useId()
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
    once(() =>
      change
        .mutateAsync(values.email)
        .then((saved) => {
          if (saved.pending_email) onSent(saved.pending_email)
          else if (saved.email !== user.email) onChanged(saved.email)
        })
        .catch((error: unknown) => {
          applyServerError(error, setError, FIELDS, errorsByCode(error))
        }),
    ),
  )

  const { errors, isDirty } = formState
  return (
    <section className="card" aria-labelledby={headingId}>
      <h2 id={headingId} ref={heading} tabIndex={-1}>
        {s.title}
      </h2>
      <p className="card-intro">{s.intro}</p>
      <form noValidate onSubmit={onSubmit}>
        <Field label={s.newEmail} description={s.newEmailHint} error={errors.email?.message}>
          <input
            type="email"
            autoComplete="email"
            inputMode="email"
            spellCheck={false}
            autoCapitalize="none"
            maxLength={254}
            {...register('email')}
          />
        </Field>
        <FormError message={errors.root?.serverError?.message} />
        <div className="form-actions">
          <Button
            type="submit"
            variant="primary"
            busy={change.isPending}
            disabled={!isDirty || change.isPending}
          >
            {change.isPending ? s.submitting : s.submit}
          </Button>
        </div>
        <UnsavedChangesGuard when={isDirty} />
      </form>
    </section>
  )
}
