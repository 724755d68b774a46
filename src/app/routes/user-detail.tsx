import { useParams } from 'react-router'
import { BackToUsers, UserDetail } from '../../features/users/components/user-detail'
import { usersStrings } from '../../features/users/strings'
import '../../features/users/users.css'
import { PageFrame } from '../page-frame'

export function Component() {
  const { uuid = '' } = useParams()
  return (
    <PageFrame page="user" intro={usersStrings.detailIntro} above={<BackToUsers />}>
      {/* Keyed so another user's page starts from its own loading state. */}
      <UserDetail key={uuid} uuid={uuid} />
    </PageFrame>
  )
}
