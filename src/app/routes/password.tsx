import '../../features/password/password.css'
import { PageHeading } from '../../components/page-heading'
import { PasswordCard } from '../../features/password/components/password-card'
import { passwordStrings } from '../../features/password/strings'
import { appStrings, pageTitle } from '../strings'

export function Component() {
  return (
    <>
      <title>{pageTitle(appStrings.titles.password)}</title>
      <PageHeading>{appStrings.titles.password}</PageHeading>
      <p className="page-intro">{passwordStrings.pageIntro}</p>
      <PasswordCard />
    </>
  )
}
