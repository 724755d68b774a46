import { useSuspenseQuery } from '@tanstack/react-query'
import { useEffect, useRef, useState } from 'react'
import { Button } from '../../../components/button'
import { Card } from '../../../components/card'
import { currentUserQuery } from '../../../lib/current-user'
import { dangerZoneStrings as s } from '../strings'
import { DeleteAccountDialog } from './delete-account-dialog'
import { MembershipsNotice } from './memberships-notice'

/**
 * "Delete your account": what it means and, while organizations stand in the way, those instead
 * of the button. Not a disabled button: it can't be focused and does not say why, where the list
 * says what to do and links there (PostHog refuses the deletion with a 409 anyway).
 */
export function DeleteAccountCard() {
  const { data: user } = useSuspenseQuery(currentUserQuery)
  const [open, setOpen] = useState(false)
  const wasOpen = useRef(false)
  const notice = useRef<HTMLParagraphElement>(null)
  const blocked = user.organizations.length > 0

  // A 409 (a membership the page did not know of) swaps the button for the list while the dialog
  // is open: when it closes, focus goes to the list instead of falling to the page.
  useEffect(() => {
    if (open) wasOpen.current = true
    else if (wasOpen.current) {
      wasOpen.current = false
      if (blocked) notice.current?.focus()
    }
  }, [open, blocked])

  return (
    <>
      <Card title={s.cardTitle} intro={s.cardIntro} tone="danger" className="delete-account">
        {blocked ? (
          <MembershipsNotice
            ref={notice}
            organizations={user.organizations}
            currentId={user.organization?.id ?? null}
          />
        ) : (
          <div className="form-actions">
            <Button variant="danger" onClick={() => setOpen(true)}>
              {s.open}
            </Button>
          </div>
        )}
      </Card>
      {/* Outside the card, whose spacing rules must not reach the centred modal. */}
      <DeleteAccountDialog open={open} onClose={() => setOpen(false)} email={user.email} />
    </>
  )
}
