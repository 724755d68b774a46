import { Link, useLocation } from 'react-router'
import type { User } from '../../../../contract/user'
import { routes } from '../../../config/paths'
import { formatDate, fullName } from '../format'
import { usersStrings } from '../strings'

interface UsersTableProps {
  users: User[]
  /** A newer page or filter is loading; the rows shown are the previous ones. */
  busy: boolean
}

export function UsersTable({ users, busy }: UsersTableProps) {
  // The detail page's back link returns to this exact page and filter.
  const { search } = useLocation()
  const { columns } = usersStrings
  return (
    <table className="users-table" aria-busy={busy}>
      <caption className="visually-hidden">{usersStrings.tableCaption}</caption>
      <thead>
        <tr>
          <th scope="col">{columns.user}</th>
          <th scope="col">{columns.staff}</th>
          <th scope="col">{columns.twoFactor}</th>
          <th scope="col" className="users-col-joined">
            {columns.joined}
          </th>
        </tr>
      </thead>
      <tbody>
        {users.map((user) => (
          <tr key={user.uuid}>
            <td className="users-who">
              {fullName(user) ? <span className="users-name">{fullName(user)}</span> : null}
              <Link to={routes.user(user.uuid)} state={{ listSearch: search }}>
                {user.email}
              </Link>
              {/* Narrow screens show the date here instead of in its own column (CSS picks one). */}
              <span className="users-joined-inline">
                {usersStrings.joinedOn} <JoinedDate iso={user.date_joined} />
              </span>
            </td>
            <td>
              {user.is_staff ? (
                <span className="tag users-tag-on">{usersStrings.staffTag}</span>
              ) : (
                <span className="users-muted">{usersStrings.no}</span>
              )}
            </td>
            <td>
              {user.is_2fa_enabled ? (
                <span className="tag users-tag-on">{usersStrings.twoFactorOn}</span>
              ) : (
                <span className="users-muted">{usersStrings.twoFactorOff}</span>
              )}
            </td>
            <td className="users-col-joined">
              <JoinedDate iso={user.date_joined} />
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  )
}

const JoinedDate = ({ iso }: { iso: string }) => <time dateTime={iso}>{formatDate(iso)}</time>

/** The table's loading placeholder: a header line and rows, as wide as the real columns. */
export function UsersTableSkeleton({ rows = 5 }: { rows?: number }) {
  return (
    <div
      className="skeleton users-skeleton"
      role="status"
      aria-busy="true"
      aria-label={usersStrings.loadingList}
    >
      {Array.from({ length: rows + 1 }, (_, row) => (
        <div key={row} className="users-skeleton-row">
          {Array.from({ length: 4 }, (_, cell) => (
            <span key={cell} className="skeleton-line" />
          ))}
        </div>
      ))}
    </div>
  )
}
