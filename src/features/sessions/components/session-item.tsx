import type { LoginSession } from '../../../../contract/login-sessions'
import { Button } from '../../../components/button'
import { formatDateTime } from '../../../lib/dates'
import { deviceName, lastActive, loginMethodName, startedAt } from '../format'
import { sessionsStrings as s } from '../strings'

interface Props {
  session: LoginSession
  /** When the list was drawn, for "5 minutes ago". */
  now: number
  /** Absent on this device's row: signing yourself out is the sign-out button's job. */
  onSignOut?: () => void
}

/** One signed-in browser: a card of facts on a phone, a row of them on a wide screen. */
export function SessionItem({ session, now, onSignOut }: Props) {
  const device = deviceName(session.device)
  return (
    <li className="session-item">
      <div className="session-head">
        <h3 className="session-device">{device}</h3>
        {session.is_current ? <span className="tag tag-on">{s.thisDevice}</span> : null}
      </div>
      <dl className="session-facts">
        <Fact label={s.methodLabel}>{loginMethodName(session.login_method)}</Fact>
        <Fact label={s.placeLabel}>{session.location || s.unknown}</Fact>
        <Fact label={s.startedLabel}>
          <When iso={session.created_at}>{startedAt(session.created_at)}</When>
        </Fact>
        <Fact label={s.lastActiveLabel}>
          <When iso={session.last_activity}>{lastActive(session.last_activity, now)}</When>
        </Fact>
      </dl>
      {onSignOut ? (
        <div className="session-action">
          <Button variant="danger" aria-label={s.signOutLabel(device)} onClick={onSignOut}>
            {s.signOut}
          </Button>
        </div>
      ) : null}
    </li>
  )
}

function Fact({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    <div>
      <dt>{label}</dt>
      <dd>{children}</dd>
    </div>
  )
}

/** A date as a <time>, its full form on hover when the text is relative; "Unknown" as text. */
function When({ iso, children }: { iso: string | null; children: string }) {
  if (!iso) return children
  const full = formatDateTime(iso)
  return (
    <time dateTime={iso} title={full === children ? undefined : full}>
      {children}
    </time>
  )
}
