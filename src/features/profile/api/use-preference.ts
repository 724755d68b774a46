import type { User, UserUpdate } from '../../../../contract/user'
import { currentUserQuery } from '../../../lib/current-user'
import { useInstantSetting, type InstantSettingOptions } from '../../../lib/use-instant-setting'

/** The profile's preference controls share one key: the user is refetched once all have settled. */
const preferenceWriteKey = [...currentUserQuery.queryKey, 'preferences'] as const

interface PreferenceOptions<T> {
  /** The control's value for a user as the server returned it (mind null and polarity). */
  read: (user: User) => T
  /** The PATCH body for a value: just this preference's key. */
  write: (value: T) => UserUpdate
  announce: InstantSettingOptions<T>['announce']
}

/**
 * A privacy or tool preference, saved as soon as it changes (useInstantSetting: one request at a
 * time, the latest choice sent after it). The cache takes only what the server confirmed; the
 * control shows the choice from `pending` meanwhile, so it moves at once like every instant
 * control (docs/decisions/0012-save-model.md) while nothing else reads an unconfirmed value.
 */
export function usePreference<T>({ read, write, announce }: PreferenceOptions<T>) {
  return useInstantSetting<T>({
    mutationKey: preferenceWriteKey,
    read,
    // Every key a preference writes holds the same value in the user as in the body.
    show: (user, value) => Object.assign({}, user, write(value)),
    body: write,
    optimistic: false,
    announce,
  })
}
