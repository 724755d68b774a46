import { currentLocale, i18n } from './i18n'

function format(iso: string, options: Intl.DateTimeFormatOptions): string {
  const date = new Date(iso)
  return Number.isNaN(date.getTime()) ? iso : i18n.date(date, options)
}

/** In the app's language and the reader's time zone, formatted when called. */
export const formatDate = (iso: string) => format(iso, { dateStyle: 'medium' })
export const formatDateTime = (iso: string) =>
  format(iso, { dateStyle: 'medium', timeStyle: 'short' })

const MINUTE = 60_000
const HOUR = 60 * MINUTE
const DAY = 24 * HOUR

/**
 * "2 minutes ago", "3 hours ago", "yesterday" in the app's language, in whole minutes (a
 * timestamp a little in the future, a clock skew, counts as now: 0 minutes). Past a week, or for a
 * value that is not a date, null: the caller shows the date itself.
 */
export function formatTimeAgo(iso: string, now: number = Date.now()): string | null {
  const at = new Date(iso).getTime()
  if (Number.isNaN(at)) return null
  const ago = Math.max(0, now - at)
  if (ago >= 7 * DAY) return null
  const relative = new Intl.RelativeTimeFormat(currentLocale(), { numeric: 'auto' })
  if (ago < HOUR) return relative.format(-Math.floor(ago / MINUTE), 'minute')
  if (ago < DAY) return relative.format(-Math.floor(ago / HOUR), 'hour')
  return relative.format(-Math.floor(ago / DAY), 'day')
}
