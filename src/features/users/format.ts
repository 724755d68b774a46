import type { User } from '../../../contract/user'

const dateFormat = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium' })
const dateTimeFormat = new Intl.DateTimeFormat(undefined, {
  dateStyle: 'medium',
  timeStyle: 'short',
})

function format(formatter: Intl.DateTimeFormat, iso: string): string {
  const date = new Date(iso)
  return Number.isNaN(date.getTime()) ? iso : formatter.format(date)
}

/** In the reader's locale and time zone. */
export const formatDate = (iso: string) => format(dateFormat, iso)
export const formatDateTime = (iso: string) => format(dateTimeFormat, iso)

/** First and last name, or '' when the account has neither. */
export const fullName = (user: Pick<User, 'first_name' | 'last_name'>) =>
  [user.first_name, user.last_name].filter(Boolean).join(' ')
