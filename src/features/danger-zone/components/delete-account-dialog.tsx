import { zodResolver } from '../../../lib/zod-resolver'
import { useId } from 'react'
import { useForm, useWatch } from 'react-hook-form'
import { useNavigate } from 'react-router'
import * as z from 'zod/mini'
import { Button } from '../../../components/button'
import { FormError } from '../../../components/form-error'
import { Dialog } from '../../../components/dialog'
import { Field } from '../../../components/field'
import { deletedAccountLoginPath, loginState } from '../../../config/paths'
import type { ErrorMessages } from '../../../lib/error-message'
import { applyServerError } from '../../../lib/form-errors'
import { useDeleteAccount } from '../api/use-delete-account'
import { matchesPhrase } from '../confirmation-phrase'
import { dangerZoneStrings as s } from '../strings'

// The message is read when the field is checked, so it quotes the phrase in the current language.
const schema = z.object({
  confirmation: z.string().check(z.refine(matchesPhrase, { error: () => s.phraseMismatch })),
})
type Values = z.infer<typeof schema>

interface Props {
  open: boolean
  onClose: () => void
  email: string
}

/** Asks for the phrase, then deletes; on success the app goes to /login?account=deleted, with an empty cache. */
export function DeleteAccountDialog({ open, onClose, email }: Props) {
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
      <ConfirmForm deleteAccount={deleteAccount} onCancel={onClose} />
    </Dialog>
  )
}

function ConfirmForm({
  deleteAccount,
  onCancel,
}: {
  deleteAccount: ReturnType<typeof useDeleteAccount>
  onCancel: () => void
}) {
  const navigate = useNavigate()
  const { register, handleSubmit, setError, control, formState } = useForm<Values>({
    resolver: zodResolver(schema),
    defaultValues: { confirmation: '' },
  })
  const confirmation = useWatch({ control, name: 'confirmation' })
  const ready = matchesPhrase(confirmation)

  const byCode: ErrorMessages = {
    sensitive_action_required_reauth: s.errors.reauthDismissed,
    // PostHog's 409: a membership the page did not know of (members are not offered this dialog);
    // the hook refetches the user, and the card lists it.
    conflict: s.errors.memberships,
  }
  const onSubmit = handleSubmit(() =>
    deleteAccount.mutate(undefined, {
      // The sign-in page says the account was deleted: from the query, which survives a full
      // page load, and from router state, which the sign-in page reads as well.
      onSuccess: () =>
        void navigate(deletedAccountLoginPath, {
          replace: true,
          state: loginState('account-deleted'),
        }),
      // No field of this form is the server's concern: every failure goes on the form.
      onError: (error) => applyServerError(error, setError, [], byCode),
    }),
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
      <FormError message={serverError} />
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
