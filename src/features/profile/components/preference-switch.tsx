import { useSuspenseQuery } from '@tanstack/react-query'
import { useState } from 'react'
import type { User, UserUpdate } from '../../../../contract/user'
import { useAnnounce } from '../../../components/live-region'
import { Switch } from '../../../components/switch'
import { currentUserQuery } from '../../../lib/current-user'
import { errorMessage } from '../../../lib/error-message'
import { useSingleFlight } from '../../../lib/use-single-flight'
import { useUpdateProfile } from '../api/use-update-profile'
import { profileStrings } from '../strings'

const strings = profileStrings.preference

interface PreferenceSwitchProps {
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
  const update = useUpdateProfile()
  const once = useSingleFlight()
  const announce = useAnnounce()
  const [error, setError] = useState<string | null>(null)
  const checked = read(user)

  const onChange = (next: boolean) =>
    void once(async () => {
      setError(null)
      try {
        const saved = await update.mutateAsync(write(next))
        announce(strings.switchSaved(label, read(saved)))
      } catch (failure) {
        const message = errorMessage(failure, profileStrings.errors)
        setError(message)
        announce(strings.failed(label, message))
      }
    })

  return (
    <div className="preference" aria-busy={update.isPending || undefined}>
      <Switch label={label} description={description} checked={checked} onChange={onChange} />
      {update.isPending ? <p className="preference-status">{strings.saving}</p> : null}
      {error ? <p className="field-error">{error}</p> : null}
    </div>
  )
}
