import type { User } from '../../../contract/user'
import { i18n } from '../../lib/i18n'
import { fullName } from './format'

/** Case and Unicode form folded in the page's language, so "ADA" and "ada" find the same rows. */
const fold = (text: string) => text.normalize('NFKC').toLocaleLowerCase(i18n.locale)

/**
 * The loaded page's users whose name or email contains `query` (partial, any case). PostHog's
 * `email` filter matches a whole address only (django-filter `exact`), so typing filters what
 * is on screen and Search asks the server.
 */
export function filterPage(users: User[], query: string): User[] {
  const needle = fold(query.trim())
  if (needle === '') return users
  return users.filter((user) => fold(`${fullName(user)} ${user.email}`).includes(needle))
}
