import { useSuspenseQuery } from '@tanstack/react-query'
import { Card } from '../../../components/card'
import { currentUserQuery } from '../../../lib/current-user'
import { passwordStrings as s } from '../strings'
import { PasswordForm } from './password-form'

/** The password section; the settings loader has already put the user in the cache. */
export function PasswordCard() {
  const { data: user } = useSuspenseQuery(currentUserQuery)
  return (
    <Card
      title={user.has_password ? s.changeTitle : s.setTitle}
      intro={user.has_password ? s.changeIntro : s.setIntro}
    >
      <PasswordForm email={user.email} hasPassword={user.has_password} />
    </Card>
  )
}
