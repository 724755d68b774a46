import type { User } from '../../../contract/user'
import { i18n } from '../../lib/i18n'

function format(iso: string, options: Intl.DateTimeFormatOptions): string {
  const date = new Date(iso)
  return Number.isNaN(date.getTime()) ? iso : i18n.date(date, options)
}

/** In the app's language and the reader's time zone, formatted when called. */
export const formatDate = (iso: string) => format(iso, { dateStyle: 'medium' })
export const formatDateTime = (iso: string) =>
  format(iso, { dateStyle: 'medium', timeStyle: 'short' })

/** First and last name, or '' when the account has neither. */
export const fullName = (user: Pick<User, 'first_name' | 'last_name'>) =>
  [user.first_name, user.last_name].filter(Boolean).join(' ')
