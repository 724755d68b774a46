import { useInstantSetting, type InstantSettingOptions } from '../../../lib/use-instant-setting'
import { readSetting, settingBody, withSetting, type SettingRef } from '../settings'
import { notificationWriteKey } from './notification-writes'

/**
 * One notification switch, saved as soon as it is flipped (useInstantSetting: optimistic, the
 * latest choice wins). Every switch and the threshold share one mutation key, so the user is
 * refetched once every write of the page has settled.
 */
export function useNotificationSetting(
  ref: SettingRef,
  announce: InstantSettingOptions<boolean>['announce'],
) {
  return useInstantSetting<boolean>({
    mutationKey: notificationWriteKey,
    read: (user) => readSetting(user, ref),
    show: (user, value) => withSetting(user, ref, value),
    body: (value) => ({ notification_settings: settingBody(ref, value) }),
    announce,
  })
}
