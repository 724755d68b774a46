import { useSuspenseQuery } from '@tanstack/react-query'
import type { User, UserUpdate } from '../../../../contract/user'
import { SaveStatus } from '../../../components/save-status'
import { Switch } from '../../../components/switch'
import { currentUserQuery } from '../../../lib/current-user'
import { usePreference } from '../api/use-preference'
import { profileStrings } from '../strings'

const strings = profileStrings.preference

export interface PreferenceSwitchProps {
  label: string
  description: string
  /** The switch's position for a user as the server returned it (mind null and polarity). */
  read: (user: User) => boolean
  /** The PATCH body for a new position: just this preference's key. */
  write: (checked: boolean) => UserUpdate
}

/**
 * A preference that saves as soon as it is flipped (docs/decisions/0012-save-model.md): the switch
 * moves at once with "Saving…" beside it, then "Saved" and the server's answer. A failure puts it
 * back, says "Not saved" beside it and why under its label, and reads that out.
 */
export function PreferenceSwitch({ label, description, read, write }: PreferenceSwitchProps) {
  const { data: user } = useSuspenseQuery(currentUserQuery)
  const { change, saving, pending, state, error } = usePreference({
    read,
    write,
    announce: {
      saved: (checked) => strings.switchSaved(label, checked),
      failed: (message) => strings.failed(label, message),
      errors: profileStrings.errors,
    },
  })

  return (
    <div className="preference" aria-busy={saving || undefined}>
      <Switch
        label={label}
        description={description}
        checked={pending?.value ?? read(user)}
        onChange={(checked) => void change(checked)}
        status={<SaveStatus state={state} />}
        error={error}
      />
    </div>
  )
}

/** Preferences listed as data, in order; each label is unique on the page. */
export function PreferenceSwitches({ switches }: { switches: PreferenceSwitchProps[] }) {
  return switches.map((props) => <PreferenceSwitch key={props.label} {...props} />)
}
