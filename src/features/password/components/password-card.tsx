import { useSuspenseQuery } from '@tanstack/react-query'
import { currentUserQuery } from '../../../lib/current-user'
import { passwordStrings as s } from '../strings'
import { PasswordForm } from './password-form'

/** The password section; the settings loader has already put the user in the cache. */
export function PasswordCard() {
  const { data: user } = useSuspenseQuery(currentUserQuery)
  return (
    <section className="card" aria-labelledby="password-card-title">
      <h2 id="password-card-title">{user.has_password ? s.changeTitle : s.setTitle}</h2>
      <p className="card-intro">{user.has_password ? s.changeIntro : s.setIntro}</p>
      <PasswordForm email={user.email} hasPassword={user.has_password} />
    </section>
  )
}
