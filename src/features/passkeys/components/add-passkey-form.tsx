import { useSuspenseQuery } from '@tanstack/react-query'
import { useState } from 'react'
import { useForm } from 'react-hook-form'
import { Field } from '../../../components/field'
import { FormFooter } from '../../../components/form-error'
import { useAnnounce } from '../../../components/live-region'
import { useFocusFailure } from '../../../lib/use-focus-failure'
import { zodResolver } from '../../../lib/zod-resolver'
import { passkeysQueries, type PasskeyId } from '../api/passkeys-queries'
import { useAddPasskey } from '../api/use-add-passkey'
import { newPasskeyNameSchema, type PasskeyNameValues } from '../passkey-name'
import { passkeyProblem } from '../problems'
import { passkeysStrings as s } from '../strings'

/**
 * Name a passkey, then "Add passkey": the browser's prompt makes it, and a second prompt verifies
 * it at once, as PostHog's SPA does. A failure before it is stored keeps the typed name and says
 * that nothing changed; a verification that did not finish leaves it "Not verified" in the list.
 */
export function AddPasskeyForm() {
  const add = useAddPasskey()
  const announce = useAnnounce()
  const { data: passkeys } = useSuspenseQuery(passkeysQueries.list())
  const [unverified, setUnverified] = useState<{ id: PasskeyId; message: string } | null>(null)
  // Said until that passkey is verified (its Verify button) or gone.
  const stillUnverified =
    unverified && passkeys.some((passkey) => passkey.id === unverified.id && !passkey.verified)
      ? unverified.message
      : null
  const { register, handleSubmit, setError, reset, formState } = useForm<PasskeyNameValues>({
    resolver: zodResolver(newPasskeyNameSchema),
    defaultValues: { label: '' },
  })
  const { form, failed } = useFocusFailure()
  const onSubmit = handleSubmit(({ label }) => {
    const name = label || s.defaultName
    setUnverified(null)
    add.mutate(name, {
      onSuccess: (outcome) => {
        reset({ label: '' })
        if (outcome.verified) {
          announce(s.addedAnnounce(name))
          return
        }
        const message = `${s.addedNotVerified(name)} ${passkeyProblem(outcome.error, 'verify')}`
        setUnverified({ id: outcome.id, message })
        announce(message)
      },
      onError: (error) => {
        setError('root.serverError', { type: 'server', message: passkeyProblem(error, 'add') })
        failed()
      },
    })
  }, failed)
  return (
    <form ref={form} noValidate onSubmit={onSubmit} className="passkeys-add">
      <h3>{s.addTitle}</h3>
      <Field
        label={s.nameLabel}
        description={s.addNameHint}
        error={formState.errors.label?.message}
      >
        <input type="text" autoComplete="off" {...register('label')} />
      </Field>
      {passkeys.some((passkey) => passkey.verified) ? null : (
        <p className="passkeys-first">{s.firstSignsOut}</p>
      )}
      {stillUnverified ? <p className="notice passkeys-unverified">{stillUnverified}</p> : null}
      <FormFooter
        error={formState.errors.root?.serverError?.message}
        label={s.add}
        busyLabel={s.adding}
        busy={add.isPending}
      />
    </form>
  )
}
