import { useSuspenseQuery } from '@tanstack/react-query'
import { useEffect, useId, useRef, useState } from 'react'
import type { LoginSession } from '../../../../contract/login-sessions'
import { Button } from '../../../components/button'
import { Card } from '../../../components/card'
import { SectionBoundary } from '../../../components/error-boundary'
import { useAnnounce } from '../../../components/live-region'
import { Skeleton } from '../../../components/skeleton'
import { sessionsQueries } from '../api/sessions-queries'
import { deviceName } from '../format'
import { sessionsStrings as s } from '../strings'
import { SessionItem } from './session-item'
import { SignOutDialog, SignOutOthersDialog } from './sign-out-dialogs'

/** The page's one card: the sessions load on their own, with a skeleton and a retry. */
export function SessionsSection() {
  const heading = useRef<HTMLHeadingElement>(null)
  return (
    <Card title={s.title} headingRef={heading} className="sessions">
      <SectionBoundary fallback={<Skeleton fields={3} label={s.loading} />}>
        <SessionsPanel heading={heading} />
      </SectionBoundary>
    </Card>
  )
}

function SessionsPanel({ heading }: { heading: React.RefObject<HTMLHeadingElement | null> }) {
  const { data: sessions, dataUpdatedAt } = useSuspenseQuery(sessionsQueries.list())
  const announce = useAnnounce()
  const reasonId = useId()
  // The session a dialog is about: kept while it closes, so its title doesn't change under it.
  const [target, setTarget] = useState<LoginSession | null>(null)
  const [dialog, setDialog] = useState<'one' | 'others' | null>(null)
  const [focusHeading, setFocusHeading] = useState(0)
  // After the dialog hands focus back to its opener, which has left the list by then.
  useEffect(() => {
    if (focusHeading) heading.current?.focus()
  }, [focusHeading, heading])

  const others = sessions.filter((session) => !session.is_current)
  const close = () => setDialog(null)
  return (
    <>
      {sessions.length === 0 ? (
        <p className="sessions-empty">{s.empty}</p>
      ) : (
        <ul className="sessions-list" aria-label={s.listLabel}>
          {sessions.map((session) => (
            <SessionItem
              key={session.id}
              session={session}
              now={dataUpdatedAt}
              onSignOut={
                session.is_current
                  ? undefined
                  : () => {
                      setTarget(session)
                      setDialog('one')
                    }
              }
            />
          ))}
        </ul>
      )}
      <div className="sessions-actions">
        <Button
          variant="danger"
          focusable
          disabled={others.length === 0}
          aria-describedby={others.length === 0 ? reasonId : undefined}
          onClick={() => setDialog('others')}
        >
          {s.signOutOthers}
        </Button>
        {others.length === 0 ? (
          <p id={reasonId} className="sessions-reason">
            {s.noOthers}
          </p>
        ) : null}
      </div>
      {target ? (
        <SignOutDialog
          key={target.id}
          open={dialog === 'one'}
          sessionId={target.id}
          device={deviceName(target.device)}
          onClose={close}
          onDone={(result) => {
            close()
            announce(result === 'already-gone' ? s.alreadyGone : s.signedOut)
            setFocusHeading((n) => n + 1)
          }}
        />
      ) : null}
      <SignOutOthersDialog
        open={dialog === 'others'}
        onClose={close}
        onDone={(count) => {
          close()
          announce(s.signedOutOthers(count))
        }}
      />
    </>
  )
}
