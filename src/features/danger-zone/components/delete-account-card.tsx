import { useSuspenseQuery } from '@tanstack/react-query'
import { useState } from 'react'
import { Button } from '../../../components/button'
import { Card } from '../../../components/card'
import { currentUserQuery } from '../../../lib/current-user'
import { dangerZoneStrings as s } from '../strings'
import { DeleteAccountDialog } from './delete-account-dialog'

/** "Delete your account": what it means, what stands in the way, and the way in. */
export function DeleteAccountCard() {
  const { data: user } = useSuspenseQuery(currentUserQuery)
  const [open, setOpen] = useState(false)
  const names = user.organizations.map((organization) => organization.name)
  return (
    <Card title={s.cardTitle} intro={s.cardIntro} tone="danger" className="delete-account">
      {names.length > 0 ? (
        <div className="notice memberships">
          <p>{s.membershipsIntro(names.length)}</p>
          <ul>
            {user.organizations.map((organization) => (
              <li key={organization.id}>{organization.name}</li>
            ))}
          </ul>
        </div>
      ) : null}
      <div className="form-actions">
        <Button variant="danger" onClick={() => setOpen(true)}>
          {s.open}
        </Button>
      </div>
      <DeleteAccountDialog
        open={open}
        onClose={() => setOpen(false)}
        email={user.email}
        organizationNames={names}
      />
    </Card>
  )
}
