import type { NotificationSettingsUpdate } from '../../../contract/notification-settings'
import type { User } from '../../../contract/user'

/** notification_settings keys holding one boolean, as stored (mind the polarity in the UI). */
export type FlagKey =
  | 'plugin_disabled'
  | 'discussions_mentioned'
  | 'error_tracking_issue_assigned'
  | 'all_weekly_digest_disabled'
  | 'error_tracking_weekly_digest'
  | 'web_analytics_weekly_digest'
  | 'project_api_key_exposed'
  | 'materialized_view_sync_failed'

/** Keys mapping an id (team id as a string, organization uuid) to "disabled". */
export type MapKey = 'project_weekly_digest_disabled' | 'organization_member_join_email_disabled'

/** What one switch controls: a flag, or one entry of a map. */
export type SettingRef = { key: FlagKey } | { key: MapKey; id: string }

export const settingId = (ref: SettingRef) => ('id' in ref ? `${ref.key}:${ref.id}` : ref.key)

/** The stored value. A map entry that was never set is false: the maps only hold "disabled". */
export function readSetting(user: User, ref: SettingRef): boolean {
  const settings = user.notification_settings
  if ('id' in ref) return settings[ref.key][ref.id] ?? false
  return settings[ref.key]
}

export function withSetting(user: User, ref: SettingRef, value: boolean): User {
  const settings = user.notification_settings
  const next =
    'id' in ref
      ? { ...settings, [ref.key]: { ...settings[ref.key], [ref.id]: value } }
      : { ...settings, [ref.key]: value }
  return { ...user, notification_settings: next }
}

/** Only the changed key; for a map only the changed entry (the server merges one level deep). */
export function settingBody(ref: SettingRef, value: boolean): NotificationSettingsUpdate {
  return 'id' in ref ? { [ref.key]: { [ref.id]: value } } : { [ref.key]: value }
}

/** A lock set by the organization (notification_locks) on this setting, if any. */
export function isLocked(user: User, ref: SettingRef): boolean {
  return (user.notification_locks ?? []).some(
    (lock) =>
      lock.setting === ref.key &&
      (lock.scope_id === null || lock.scope_id === undefined
        ? true
        : 'id' in ref && String(lock.scope_id) === ref.id),
  )
}

/** The pipeline error threshold is stored as a share (0.0–1.0) and shown as a percentage. */
export function toPercent(share: number): string {
  return String(Math.round(share * 1e6) / 1e4)
}

/** "5", "0.5", "0,5" or "5 %" → a number; null when it isn't one. */
export function parsePercent(text: string): number | null {
  const cleaned = text.trim().replace(/\s*%$/, '').replace(',', '.')
  if (!/^[-+]?(\d+(\.\d*)?|\.\d+)$/.test(cleaned)) return null
  return Number(cleaned)
}

/** Rounded so 1.1 % is sent as 0.011, not 0.011000000000000001. */
export const toShare = (percent: number) => Math.round(percent * 1e4) / 1e6
