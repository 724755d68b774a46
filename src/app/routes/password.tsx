import '../../features/password/password.css'
import { PasswordCard } from '../../features/password/components/password-card'
import { passwordStrings } from '../../features/password/strings'
import { PageFrame } from '../page-frame'

export function Component() {
  return (
    <PageFrame page="password" intro={passwordStrings.pageIntro}>
      <PasswordCard />
    </PageFrame>
  )
}
