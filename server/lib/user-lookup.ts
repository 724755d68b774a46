import type { Auth, Ctx } from './context'
import { notFound, permissionDenied } from './errors'
import { findUserByUuid, type UserRow } from '../store/users'

/**
 * UserViewSet.get_object: "@me" is the caller; another uuid is for staff only.
 * Call after authentication so a 401 comes before a 403.
 */
export function targetUser(c: Ctx, auth: Auth, lookup: string): UserRow {
  if (lookup === '@me' || lookup === auth.user.uuid) return auth.user
  if (!auth.user.is_staff) {
    throw permissionDenied(
      "As a non-staff user you're only allowed to access the `@me` user instance.",
    )
  }
  const user = findUserByUuid(c.get('deps').db, lookup)
  if (!user || !user.is_active) throw notFound()
  return user
}
