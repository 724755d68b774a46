import '../../features/two-factor/two-factor.css'
import { PageHeading } from '../../components/page-heading'
import { TwoFactorSettings } from '../../features/two-factor/components/two-factor-settings'
import { twoFactorStrings } from '../../features/two-factor/strings'
import { appStrings, pageTitle } from '../strings'

export function Component() {
  return (
    <>
      <title>{pageTitle(appStrings.titles.twoFactor)}</title>
      <PageHeading>{appStrings.titles.twoFactor}</PageHeading>
      <p className="page-intro">{twoFactorStrings.pageIntro}</p>
      <TwoFactorSettings />
    </>
  )
}
