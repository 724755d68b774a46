import { useSuspenseQuery } from '@tanstack/react-query'
import type { User, UserUpdate } from '../../../../contract/user'
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
 * A preference that saves as soon as it is flipped. Not optimistic: while the request runs the
 * switch stays where the server has it and shows it is busy; then it shows the server's answer.
 * A failure leaves it where it was and says why, on screen and to screen readers.
 */
export function PreferenceSwitch({ label, description, read, write }: PreferenceSwitchProps) {
  const { data: user } = useSuspenseQuery(currentUserQuery)
  const { change, saving, error } = usePreference({
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
        checked={read(user)}
        onChange={(checked) => void change(checked)}
      />
      {saving ? <p className="preference-status">{strings.saving}</p> : null}
      {error ? <p className="field-error">{error}</p> : null}
    </div>
  )
}

/** Preferences listed as data, in order; each label is unique on the page. */
export function PreferenceSwitches({ switches }: { switches: PreferenceSwitchProps[] }) {
  return switches.map((props) => <PreferenceSwitch key={props.label} {...props} />)
}
