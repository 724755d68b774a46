import { useSuspenseQuery } from '@tanstack/react-query'
import { useState } from 'react'
import { Button } from '../../../components/button'
import { currentUserQuery } from '../../../lib/current-user'
import { dangerZoneStrings as s } from '../strings'
import { DeleteAccountDialog } from './delete-account-dialog'

/** "Delete your account": what it means, what stands in the way, and the way in. */
export function DeleteAccountCard() {
  const { data: user } = useSuspenseQuery(currentUserQuery)
  const [open, setOpen] = useState(false)
  const names = user.organizations.map((organization) => organization.name)
  return (
    <section className="card card-danger delete-account" aria-labelledby="delete-account-title">
      <h2 id="delete-account-title">{s.cardTitle}</h2>
      <p className="card-intro">{s.cardIntro}</p>
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
    </section>
  )
}
