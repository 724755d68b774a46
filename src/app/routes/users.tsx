import { UsersList } from '../../features/users/components/users-list'
import { usersStrings } from '../../features/users/strings'
import '../../features/users/users.css'
import { PageFrame } from '../page-frame'

export function Component() {
  return (
    <PageFrame page="users" intro={usersStrings.listIntro}>
      <UsersList />
    </PageFrame>
  )
}
