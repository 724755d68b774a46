import type { NotificationType } from '../../../contract/enums'
import type {
  NotificationSettings,
  NotificationSettingsUpdate,
} from '../../../contract/notification-settings'
import type { User } from '../../../contract/user'
import { i18n } from '../../lib/i18n'

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
  | OptionalFlagKey

/**
 * Booleans PostHog accepts but leaves out of a fresh user's settings (and older versions lack):
 * until set they have these defaults (products/support/scripts/toggle_user_notifications.py).
 */
const OPTIONAL_FLAG_DEFAULTS = {
  materialized_view_sync_failed_daily: true,
  materialized_view_sync_failed_immediate: false,
  task_comments_slack_dm: false,
} as const
type OptionalFlagKey = keyof typeof OPTIONAL_FLAG_DEFAULTS

/**
 * Keys mapping an id (team id as a string, organization uuid) to a boolean: `*_disabled` maps
 * hold "disabled", `*_project_enabled` maps hold "included". An id never set reads false either
 * way (while a `*_project_enabled` map is empty, PostHog picks the busiest project itself).
 */
export type MapKey =
  | 'project_weekly_digest_disabled'
  | 'organization_member_join_email_disabled'
  | 'error_tracking_weekly_digest_project_enabled'
  | 'web_analytics_weekly_digest_project_enabled'

/** In-app notifications: notification type → team id → disabled. */
const REALTIME = 'realtime_notifications_disabled'

/** What one switch controls: a flag, one entry of a map, or one type in one project in-app. */
export type SettingRef =
  | { key: FlagKey }
  | { key: MapKey; id: string }
  | { key: typeof REALTIME; type: NotificationType; id: string }

/** The stored value; an entry never set is false (see MapKey). */
export function readSetting(user: User, ref: SettingRef): boolean {
  const settings = user.notification_settings
  if (ref.key === REALTIME) return settings[REALTIME]?.[ref.type]?.[ref.id] ?? false
  if ('id' in ref) return settings[ref.key]?.[ref.id] ?? false
  const key = ref.key
  return settings[key] ?? OPTIONAL_FLAG_DEFAULTS[key as OptionalFlagKey]
}

export function withSetting(user: User, ref: SettingRef, value: boolean): User {
  const settings = user.notification_settings
  let next: NotificationSettings
  if (ref.key === REALTIME) {
    const types = settings[REALTIME] ?? {}
    next = {
      ...settings,
      [REALTIME]: { ...types, [ref.type]: { ...types[ref.type], [ref.id]: value } },
    }
  } else if ('id' in ref) {
    next = { ...settings, [ref.key]: { ...settings[ref.key], [ref.id]: value } }
  } else {
    next = { ...settings, [ref.key]: value }
  }
  return { ...user, notification_settings: next }
}

/**
 * Only the changed key; for a map only the changed entry. The server merges maps key by key,
 * realtime_notifications_disabled two levels deep (PostHog's own support tool sends it so).
 */
export function settingBody(ref: SettingRef, value: boolean): NotificationSettingsUpdate {
  if (ref.key === REALTIME) return { [REALTIME]: { [ref.type]: { [ref.id]: value } } }
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

/**
 * The pipeline error threshold is stored as a share (0.0–1.0) and shown as a percentage, with
 * the active language's decimal sign ("0.5", "0,5"), as the user would type it.
 */
export function toPercent(share: number): string {
  const percent = Math.round(share * 1e6) / 1e4
  return i18n.number(percent, { maximumFractionDigits: 4, useGrouping: false })
}

/** Arabic-Indic and extended (Persian) digits, as an Arabic keyboard types them. */
const EASTERN_DIGITS = /[\u0660-\u0669\u06f0-\u06f9]/g
const toAsciiDigit = (digit: string) => String(digit.charCodeAt(0) & 0xf)

/** "5", "0.5", "0,5", "5 %", "٠٫٥ ٪" → a number; null when it isn't one. */
export function parsePercent(text: string): number | null {
  const cleaned = text
    .replace(/[\u200e\u200f\u061c]/g, '') // direction marks Intl puts around "%" in Arabic
    .replace(EASTERN_DIGITS, toAsciiDigit)
    .trim()
    .replace(/\s*[%٪]$/, '')
    .replace(/[,٫]/, '.')
  if (!/^[-+]?(\d+(\.\d*)?|\.\d+)$/.test(cleaned)) return null
  return Number(cleaned)
}

/** Rounded so 1.1 % is sent as 0.011, not 0.011000000000000001. */
export const toShare = (percent: number) => Math.round(percent * 1e4) / 1e6
