import { useEffect } from 'react'
import { useForm } from 'react-hook-form'
import { Button } from '../../../components/button'
import { Field } from '../../../components/field'
import { FormFooter } from '../../../components/form-error'
import { useAnnounce } from '../../../components/live-region'
import { ApiError } from '../../../lib/api-error'
import { errorMessage } from '../../../lib/error-message'
import { useFocusFailure } from '../../../lib/use-focus-failure'
import { zodResolver } from '../../../lib/zod-resolver'
import type { PasskeyId } from '../api/passkeys-queries'
import { useRenamePasskey } from '../api/use-rename-passkey'
import { passkeyNameSchema, type PasskeyNameValues } from '../passkey-name'
import { isGone } from '../problems'
import { passkeysStrings as s } from '../strings'

interface Props {
  id: PasskeyId
  label: string
  onDone: () => void
  onCancel: () => void
}

/** Renames a passkey in place (PATCH {label}); a refusal stays under the field with the input. */
export function RenameForm({ id, label, onDone, onCancel }: Props) {
  const rename = useRenamePasskey(id)
  const announce = useAnnounce()
  const { register, handleSubmit, setError, setFocus, formState } = useForm<PasskeyNameValues>({
    resolver: zodResolver(passkeyNameSchema),
    defaultValues: { label },
  })
  const { form, failed } = useFocusFailure()
  // The field takes focus when the form replaces the Rename button.
  useEffect(() => setFocus('label', { shouldSelect: true }), [setFocus])
  const onSubmit = handleSubmit(
    (values) =>
      rename.mutate(values.label, {
        onSuccess: () => {
          announce(s.renamedAnnounce(values.label))
          onDone()
        },
        onError: (error) => {
          if (isGone(error)) setError('root.serverError', { type: 'server', message: s.gone })
          else if (error instanceof ApiError && error.code === 'error' && error.status === 400)
            setError('label', { type: 'server', message: s.nameRefused })
          else setError('root.serverError', { type: 'server', message: errorMessage(error) })
          failed()
        },
      }),
    failed,
  )
  return (
    <form ref={form} noValidate onSubmit={onSubmit} className="passkey-rename">
      <Field label={s.nameLabel} error={formState.errors.label?.message}>
        <input
          type="text"
          autoComplete="off"
          {...register('label')}
          onKeyDown={(event) => {
            if (event.key === 'Escape' && !rename.isPending) onCancel()
          }}
        />
      </Field>
      <FormFooter
        error={formState.errors.root?.serverError?.message}
        label={s.save}
        busyLabel={s.saving}
        busy={rename.isPending}
        disabled={!formState.isDirty}
      >
        <Button onClick={onCancel} disabled={rename.isPending}>
          {s.cancel}
        </Button>
      </FormFooter>
    </form>
  )
}
