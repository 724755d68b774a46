import { PageHeading } from '../../components/page-heading'
import { UsersList } from '../../features/users/components/users-list'
import { usersStrings } from '../../features/users/strings'
import '../../features/users/users.css'
import { appStrings, pageTitle } from '../strings'

export function Component() {
  return (
    <>
      <title>{pageTitle(appStrings.titles.users)}</title>
      <PageHeading>{appStrings.titles.users}</PageHeading>
      <p className="page-intro">{usersStrings.listIntro}</p>
      <UsersList />
    </>
  )
}
