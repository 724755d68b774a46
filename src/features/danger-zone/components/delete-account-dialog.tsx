import { zodResolver } from '@hookform/resolvers/zod'
import { useId } from 'react'
import { useForm, useWatch } from 'react-hook-form'
import { useNavigate } from 'react-router'
import * as z from 'zod/mini'
import { Button } from '../../../components/button'
import { FormError } from '../../../components/form-error'
import { Dialog } from '../../../components/dialog'
import { Field } from '../../../components/field'
import { loginState, routes } from '../../../config/paths'
import { isApiError } from '../../../lib/api-error'
import { applyServerError } from '../../../lib/form-errors'
import { useSingleFlight } from '../../../lib/use-single-flight'
import { useDeleteAccount } from '../api/use-delete-account'
import { matchesPhrase } from '../confirmation-phrase'
import { dangerZoneStrings as s } from '../strings'

const schema = z.object({
  confirmation: z.string().check(z.refine(matchesPhrase, s.phraseMismatch)),
})
type Values = z.infer<typeof schema>

interface Props {
  open: boolean
  onClose: () => void
  email: string
  organizationNames: string[]
}

/** Asks for the phrase, then deletes; on success the app goes to sign-in, which says so, with an empty cache. */
export function DeleteAccountDialog({ open, onClose, email, organizationNames }: Props) {
  const deleteAccount = useDeleteAccount()
  const descriptionId = useId()
  return (
    <Dialog
      open={open}
      title={s.dialogTitle}
      descriptionId={descriptionId}
      // While the request runs, closing would hide its outcome.
      onCancel={() => (deleteAccount.isPending ? undefined : onClose())}
    >
      <p id={descriptionId}>{s.dialogBody(email)}</p>
      <ConfirmForm
        deleteAccount={deleteAccount}
        organizationNames={organizationNames}
        onCancel={onClose}
      />
    </Dialog>
  )
}

function ConfirmForm({
  deleteAccount,
  organizationNames,
  onCancel,
}: {
  deleteAccount: ReturnType<typeof useDeleteAccount>
  organizationNames: string[]
  onCancel: () => void
}) {
  const navigate = useNavigate()
  const once = useSingleFlight()
  const { register, handleSubmit, setError, control, formState } = useForm<Values>({
    resolver: zodResolver(schema),
    defaultValues: { confirmation: '' },
  })
  const confirmation = useWatch({ control, name: 'confirmation' })
  const ready = matchesPhrase(confirmation)

  const onSubmit = handleSubmit(() =>
    once(() =>
      deleteAccount
        .mutateAsync()
        // The sign-in page says the account was deleted (router state, never the URL).
        .then(() => navigate(routes.login, { replace: true, state: loginState('account-deleted') }))
        .catch((error: unknown) => {
          const byCode: Record<string, string> = {
            sensitive_action_required_reauth: s.errors.reauthDismissed,
          }
          if (isApiError(error) && error.status === 409)
            byCode[error.code] = s.errors.memberships(organizationNames)
          // No field of this form is the server's concern: every failure goes on the form.
          applyServerError(error, setError, [], byCode)
        }),
    ),
  )

  const pending = deleteAccount.isPending
  const serverError = formState.errors.root?.serverError?.message
  return (
    <form noValidate onSubmit={onSubmit}>
      <Field
        label={s.phraseLabel}
        description={s.phraseHint}
        error={formState.errors.confirmation?.message}
      >
        <input
          type="text"
          autoComplete="off"
          autoCapitalize="none"
          spellCheck={false}
          {...register('confirmation')}
        />
      </Field>
      <FormError message={serverError ?? undefined} />
      <div className="form-actions">
        <Button type="submit" variant="danger" busy={pending} disabled={!ready}>
          {pending ? s.deleting : s.confirm}
        </Button>
        <Button onClick={onCancel} disabled={pending}>
          {s.cancel}
        </Button>
      </div>
    </form>
  )
}
