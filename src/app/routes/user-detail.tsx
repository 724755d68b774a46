import { useParams } from 'react-router'
import { PageHeading } from '../../components/page-heading'
import { BackToUsers, UserDetail } from '../../features/users/components/user-detail'
import { usersStrings } from '../../features/users/strings'
import '../../features/users/users.css'
import { appStrings, pageTitle } from '../strings'

export function Component() {
  const { uuid = '' } = useParams()
  return (
    <>
      <title>{pageTitle(appStrings.titles.user)}</title>
      <BackToUsers />
      <PageHeading>{appStrings.titles.user}</PageHeading>
      <p className="page-intro">{usersStrings.detailIntro}</p>
      {/* Keyed so another user's page starts from its own loading state. */}
      <UserDetail key={uuid} uuid={uuid} />
    </>
  )
}
