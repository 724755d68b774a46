import { useSuspenseQuery } from '@tanstack/react-query'
import type { ReactNode } from 'react'
import { Link, useLocation } from 'react-router'
import type { User } from '../../../../contract/user'
import { Alert } from '../../../components/alert'
import { Card } from '../../../components/card'
import { SectionBoundary } from '../../../components/error-boundary'
import { Skeleton } from '../../../components/skeleton'
import { routes } from '../../../config/paths'
import { usersQueries } from '../api/users-queries'
import { formatDateTime, fullName } from '../format'
import { usersStrings } from '../strings'

/** Back to the list, on the page and filters the user came from (kept in the link's state). */
export function BackToUsers() {
  const { state } = useLocation()
  const from: unknown = state && typeof state === 'object' ? Reflect.get(state, 'listSearch') : ''
  const search = typeof from === 'string' && from.startsWith('?') ? from : ''
  return (
    <p className="users-back">
      <Link to={routes.users + search}>
        <span className="users-back-arrow" aria-hidden="true">
          ←
        </span>{' '}
        {usersStrings.backToUsers}
      </Link>
    </p>
  )
}

export function UserDetail({ uuid }: { uuid: string }) {
  return (
    <SectionBoundary fallback={<Skeleton fields={6} label={usersStrings.loadingUser} />}>
      <UserDetailCard uuid={uuid} />
    </SectionBoundary>
  )
}

function UserDetailCard({ uuid }: { uuid: string }) {
  const { data: user } = useSuspenseQuery(usersQueries.detail(uuid))
  if (!user) {
    return (
      <Card title={usersStrings.notFoundTitle}>
        <Alert>{usersStrings.notFoundBody}</Alert>
      </Card>
    )
  }
  return (
    <Card title={fullName(user) || user.email}>
      <dl className="users-details">
        {detailRows(user).map(([term, value]) => (
          <div key={term}>
            <dt>{term}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
    </Card>
  )
}

function detailRows(user: User): [string, ReactNode][] {
  const { fields } = usersStrings
  const muted = (text: string) => <span className="users-muted">{text}</span>
  return [
    [fields.name, fullName(user) || muted(usersStrings.noName)],
    [fields.email, user.email],
    [fields.pendingEmail, user.pending_email ?? muted(usersStrings.none)],
    [
      fields.verified,
      // null marks a legacy account, which PostHog counts as verified.
      user.is_email_verified === null
        ? usersStrings.verifiedLegacy
        : user.is_email_verified
          ? usersStrings.yes
          : usersStrings.no,
    ],
    [fields.staff, user.is_staff ? usersStrings.yes : usersStrings.no],
    [
      fields.twoFactor,
      user.is_2fa_enabled ? usersStrings.twoFactorEnabled : usersStrings.twoFactorDisabled,
    ],
    [
      fields.organizations,
      user.organizations.length ? (
        <ul className="users-orgs">
          {user.organizations.map((org) => (
            <li key={org.id}>{org.name}</li>
          ))}
        </ul>
      ) : (
        muted(usersStrings.none)
      ),
    ],
    [
      fields.joined,
      <time key="joined" dateTime={user.date_joined}>
        {formatDateTime(user.date_joined)}
      </time>,
    ],
    [
      fields.role,
      user.role_at_organization
        ? usersStrings.roles[user.role_at_organization]
        : muted(usersStrings.notSet),
    ],
    [fields.uuid, <code key="uuid">{user.uuid}</code>],
  ]
}
