import { NOTIFICATION_TYPES } from '../../contract/enums'
import {
  MAX_PIPELINE_NOTIFICATIONS,
  NOTIFICATION_DEFAULTS,
  PIPELINE_NOTIFICATION_KEY,
} from '../../contract/notification-settings'
import { validationError } from './errors'

/**
 * notification_settings as posthog/api/notification_settings.py validates and merges them.
 * Only what the user changed is stored; defaults are filled in on the way out, as the
 * model's `notification_settings` property does ({**NOTIFICATION_DEFAULTS, **partial}).
 */
type Settings = Record<string, unknown>

const BOOLEAN_KEYS = new Set([
  'plugin_disabled',
  'discussions_mentioned',
  'all_weekly_digest_disabled',
  'error_tracking_issue_assigned',
  'error_tracking_weekly_digest',
  'web_analytics_weekly_digest',
  'project_api_key_exposed',
  'materialized_view_sync_failed',
  'materialized_view_sync_failed_daily',
  'materialized_view_sync_failed_immediate',
  'task_comments_slack_dm',
])
const MAP_KEYS = new Set([
  'project_weekly_digest_disabled',
  'error_tracking_weekly_digest_project_enabled',
  'web_analytics_weekly_digest_project_enabled',
  'organization_member_join_email_disabled',
  'pipeline_notifications_disabled',
])
const THRESHOLD = 'data_pipeline_error_threshold'
const REALTIME = 'realtime_notifications_disabled'

const isObject = (v: unknown): v is Settings =>
  typeof v === 'object' && v !== null && !Array.isArray(v)

/** Python's type name of a parsed JSON value, as `type(v)` names it. */
function pyType(v: unknown): string {
  if (v === null || v === undefined) return 'NoneType'
  if (typeof v === 'boolean') return 'bool'
  if (typeof v === 'number') return Number.isInteger(v) ? 'int' : 'float'
  if (typeof v === 'string') return 'str'
  return Array.isArray(v) ? 'list' : 'dict'
}
const pyClass = (v: unknown) => `<class '${pyType(v)}'>`

function pyNumber(n: number): string {
  // Python pads exponents to two digits (1e-07) where JavaScript writes 1e-7.
  return String(n).replace(/e([+-])(\d)$/, 'e$10$2')
}

function pyQuote(s: string): string {
  const quote = s.includes("'") && !s.includes('"') ? '"' : "'"
  const body = s.replace(/\\/g, '\\\\').replace(/\n/g, '\\n').replace(/\t/g, '\\t')
  return quote + (quote === "'" ? body.replace(/'/g, "\\'") : body) + quote
}

/** repr() of a JSON value, the form Python uses inside containers and for `{v!r}`. */
function pyRepr(v: unknown): string {
  if (typeof v === 'string') return pyQuote(v)
  if (Array.isArray(v)) return `[${v.map(pyRepr).join(', ')}]`
  if (isObject(v))
    return `{${Object.entries(v)
      .map(([k, x]) => `${pyQuote(k)}: ${pyRepr(x)}`)
      .join(', ')}}`
  return pyStr(v)
}

/** str() of a JSON value, as an f-string renders `{value}`. */
function pyStr(v: unknown): string {
  if (v === null || v === undefined) return 'None'
  if (typeof v === 'boolean') return v ? 'True' : 'False'
  if (typeof v === 'number') return pyNumber(v)
  if (typeof v === 'string') return v
  return pyRepr(v)
}

const invalid = (detail: string) =>
  validationError('invalid_input', detail, 'notification_settings')

export function withNotificationDefaults(stored: Record<string, unknown>): Record<string, unknown> {
  return { ...NOTIFICATION_DEFAULTS, ...stored }
}

function mapOfBooleans(
  key: string,
  value: unknown,
  message = (v: unknown) =>
    `Notification setting values must be boolean, got ${pyClass(v)} instead`,
): Settings {
  if (!isObject(value)) throw invalid(`${key} must be a dictionary mapping IDs to boolean values`)
  for (const flag of Object.values(value))
    if (typeof flag !== 'boolean') throw invalid(message(flag))
  return value
}

function mergeRealtime(existing: unknown, value: unknown): Settings {
  if (!isObject(value)) throw invalid(`${REALTIME} must be a dict`)
  for (const [type, teams] of Object.entries(value)) {
    if (!(NOTIFICATION_TYPES as readonly string[]).includes(type))
      throw invalid(`Unknown notification type ${type}`)
    if (!isObject(teams))
      throw invalid(`Per-type value for ${type} must be a dict of team_id to bool`)
    for (const flag of Object.values(teams)) {
      if (typeof flag !== 'boolean')
        throw invalid(`Disabled flag for ${type} must be boolean, got ${pyClass(flag)}`)
    }
  }
  const base = isObject(existing) ? existing : {}
  const merged: Settings = { ...base }
  for (const [type, teams] of Object.entries(value)) {
    merged[type] = { ...(isObject(base[type]) ? base[type] : {}), ...(teams as Settings) }
  }
  return merged
}

/**
 * Validates a PATCH's notification_settings and merges it into the stored partial settings:
 * scalars replace, maps merge key by key (realtime_notifications_disabled two levels deep).
 * The first problem wins, reported on attr notification_settings as PostHog does.
 */
export function mergeNotificationSettings(
  current: Record<string, unknown>,
  patch: unknown,
): Record<string, unknown> {
  // UserSerializer.notification_settings is a DRF DictField.
  if (patch === null)
    throw validationError('null', 'This field may not be null.', 'notification_settings')
  if (!isObject(patch)) {
    throw validationError(
      'not_a_dict',
      `Expected a dictionary of items but got type "${pyType(patch)}".`,
      'notification_settings',
    )
  }
  const effective = withNotificationDefaults(current)
  const next: Settings = { ...current }
  for (const [key, value] of Object.entries(patch)) {
    if (MAP_KEYS.has(key)) {
      // JSON object keys are already strings: DictField's str(key) (int team ids → "123") is a no-op here.
      const merged = {
        ...(isObject(effective[key]) ? effective[key] : {}),
        ...mapOfBooleans(key, value),
      }
      if (key === 'pipeline_notifications_disabled') checkPipelineIds(value as Settings, merged)
      next[key] = merged
    } else if (key === REALTIME) {
      next[key] = mergeRealtime(effective[key], value)
    } else if (key === THRESHOLD) {
      // Python's isinstance(True, (int, float)) would accept a boolean as 1.0; a threshold of `true` is refused here.
      if (typeof value !== 'number')
        throw invalid(`${THRESHOLD} must be a number, got ${pyClass(value)} instead`)
      if (value < 0 || value > 1)
        throw invalid(`${THRESHOLD} must be between 0.0 and 1.0, got ${pyStr(value)}`)
      next[key] = value
    } else if (BOOLEAN_KEYS.has(key)) {
      if (typeof value !== 'boolean') {
        throw invalid(
          `${pyStr(value)} is not a valid type for notification settings, should be <class 'bool'>`,
        )
      }
      next[key] = value
    } else {
      throw invalid(`Key ${key} is not valid as a key for notification settings`)
    }
  }
  return next
}

function checkPipelineIds(incoming: Settings, merged: Settings) {
  for (const id of Object.keys(incoming))
    if (!PIPELINE_NOTIFICATION_KEY.test(id)) throw invalid(`Invalid pipeline id: ${pyRepr(id)}`)
  if (Object.keys(merged).length > MAX_PIPELINE_NOTIFICATIONS) {
    throw invalid(
      `pipeline_notifications_disabled cannot have more than ${MAX_PIPELINE_NOTIFICATIONS} entries`,
    )
  }
}
