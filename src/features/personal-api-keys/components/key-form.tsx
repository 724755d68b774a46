import { useSuspenseQuery } from '@tanstack/react-query'
import { useForm, useWatch } from 'react-hook-form'
import {
  PERSONAL_API_KEY_LABEL_MAX,
  type PersonalApiKey,
  type PersonalApiKeyBody,
} from '../../../../contract/personal-api-keys'
import { Button } from '../../../components/button'
import { Field } from '../../../components/field'
import { FormFooter } from '../../../components/form-error'
import { ApiError } from '../../../lib/api-error'
import { currentUserQuery } from '../../../lib/current-user'
import type { ErrorMessages } from '../../../lib/error-message'
import { applyServerError } from '../../../lib/form-errors'
import { useFocusFailure } from '../../../lib/use-focus-failure'
import { zodResolver } from '../../../lib/zod-resolver'
import { formStrings as s } from '../form-strings'
import { keyBody, keyFormSchema, type KeyFormValues } from '../key-form-values'
import { keysStrings } from '../strings'
import { AccessPicker } from './access-picker'
import { ScopePicker } from './scope-picker'

/** A create or update hook's result (useGuardedMutation). */
export interface KeyMutation {
  mutate: (
    body: PersonalApiKeyBody,
    options: { onSuccess: (key: PersonalApiKey) => void; onError: (error: unknown) => void },
  ) => void
  isPending: boolean
}

interface Props {
  initial: KeyFormValues
  /** Projects the key already has that the current organization doesn't list. */
  otherTeams?: number[]
  mutation: KeyMutation
  submitLabel: string
  busyLabel: string
  onSaved: (key: PersonalApiKey) => void
  onCancel: () => void
}

const FIELDS = ['label', 'scopes', 'scoped_teams', 'scoped_organizations'] as const

/** PostHog's refusals in our words, by the field it names (its details are English only). */
function messagesFor(error: unknown): ErrorMessages {
  if (!(error instanceof ApiError)) return {}
  switch (error.attr) {
    case 'label':
      return { blank: s.labelRequired, max_length: s.labelTooLong(PERSONAL_API_KEY_LABEL_MAX) }
    case 'scopes':
      return { required: s.scopesRequired, empty: s.scopesRequired, invalid_input: s.invalidScope }
    case 'scoped_teams':
      return { invalid_input: s.teamsNotMember }
    case 'scoped_organizations':
      return { invalid_input: s.organizationsNotMember }
    case null:
      // The only refusal without a field is the key limit (another tab created the last one).
      return { invalid_input: s.atLimit, sensitive_action_required_reauth: s.reauthDismissed }
    default:
      return {}
  }
}

/** Name, scopes and projects; a refusal goes under its field and the input stays. */
export function KeyForm({
  initial,
  otherTeams = [],
  mutation,
  submitLabel,
  busyLabel,
  onSaved,
  onCancel,
}: Props) {
  const { data: user } = useSuspenseQuery(currentUserQuery)
  const { register, handleSubmit, setError, control, formState, setValue } = useForm<KeyFormValues>(
    { resolver: zodResolver(keyFormSchema), defaultValues: initial },
  )
  const { form, failed } = useFocusFailure()
  const [access, scopes] = useWatch({ control, name: ['access', 'scopes'] })
  // The pickers' lists are set as values, not registered inputs: react-hook-form's Controller
  // would put its code in the first page's chunk (react-hook-form is one module there).
  const setList = (name: 'scopes' | 'scoped_teams' | 'scoped_organizations', list: string[]) =>
    setValue(name, list, { shouldDirty: true, shouldValidate: formState.isSubmitted })
  const onSubmit = handleSubmit(
    (values) =>
      mutation.mutate(keyBody(values), {
        onSuccess: onSaved,
        onError: (error) => {
          applyServerError(error, setError, FIELDS, messagesFor(error))
          failed()
        },
      }),
    failed,
  )
  const errors = formState.errors
  return (
    <form ref={form} noValidate onSubmit={onSubmit} className="key-form">
      <Field label={s.labelLabel} description={s.labelHint} error={errors.label?.message}>
        <input type="text" autoComplete="off" {...register('label')} />
      </Field>
      <ScopePicker
        scopes={scopes}
        error={errors.scopes?.message}
        onChange={(next) => setList('scopes', next)}
        // PostHog's MCP preset works everywhere, never in chosen projects only.
        onAllAccessOnly={() => setValue('access', 'all')}
      />
      <AccessPicker
        user={user}
        access={access}
        register={register}
        control={control}
        setList={setList}
        errors={errors}
        otherTeams={otherTeams}
      />
      <FormFooter
        error={errors.root?.serverError?.message}
        label={submitLabel}
        busyLabel={busyLabel}
        busy={mutation.isPending}
      >
        <Button onClick={onCancel} disabled={mutation.isPending}>
          {keysStrings.cancel}
        </Button>
      </FormFooter>
    </form>
  )
}
