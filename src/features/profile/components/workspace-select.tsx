import { useQueryClient, useSuspenseQuery } from '@tanstack/react-query'
import type { User, UserUpdate } from '../../../../contract/user'
import { Field } from '../../../components/field'
import { SaveStatus } from '../../../components/save-status'
import { Select } from '../../../components/select'
import { currentUserQuery } from '../../../lib/current-user'
import { useInstantSetting } from '../../../lib/use-instant-setting'
import { profileStrings } from '../strings'

const strings = profileStrings.workspace
const workspaceWriteKey = [...currentUserQuery.queryKey, 'workspace'] as const

interface WorkspaceSelectProps {
  label: string
  description?: string
  options: { value: string; label: string }[]
  /** The value in a user as the server returned it. */
  read: (user: User) => string
  toBody: (value: string) => UserUpdate
  /** What to say once the server answered, from the user it answered with. */
  switched: (user: User) => string
}

/**
 * The current organization or project, switched as soon as it is chosen, like every select that
 * is a setting of its own (docs/decisions/0012-save-model.md). Arrow keys on a closed select
 * change it once per key press: one request runs at a time and the last choice is sent after it
 * (useInstantSetting), so a run of presses costs two requests and ends where the user stopped.
 * The answer brings the new organization's projects, so the organization, project and lists are
 * taken from it; a failure puts the select back and says why.
 */
export function WorkspaceSelect({
  label,
  description,
  options,
  read,
  toBody,
  switched,
}: WorkspaceSelectProps) {
  const queryClient = useQueryClient()
  const { data: user } = useSuspenseQuery(currentUserQuery)
  const { change, saving, pending, state, error } = useInstantSetting<string>({
    mutationKey: workspaceWriteKey,
    read,
    // The answer (adopt) already shows the switch; nothing to add from the value alone.
    show: (cached) => cached,
    body: toBody,
    optimistic: false,
    adopt: (cached, answer) => ({
      ...cached,
      organization: answer.organization,
      organizations: answer.organizations,
      team: answer.team,
    }),
    announce: {
      // Read once the answer is in the cache: it names the project the switch opened.
      saved: () => {
        const saved = queryClient.getQueryData(currentUserQuery.queryKey)
        return saved ? switched(saved) : ''
      },
      failed: strings.notSwitched,
      errors: profileStrings.errors,
    },
  })

  return (
    <Field
      label={label}
      description={description}
      error={error ?? undefined}
      after={<SaveStatus state={state} />}
    >
      <Select
        autoComplete="off"
        aria-busy={saving || undefined}
        value={pending?.value ?? read(user)}
        onChange={(event) => void change(event.target.value)}
        options={options}
      />
    </Field>
  )
}
