import type { User } from '../../../contract/user'

export { formatDate, formatDateTime } from '../../lib/dates'

/** First and last name, or '' when the account has neither. */
export const fullName = (user: Pick<User, 'first_name' | 'last_name'>) =>
  [user.first_name, user.last_name].filter(Boolean).join(' ')
