import { PageHeading } from '../../components/page-heading'
import { DetailsSection } from '../../features/profile/components/details-section'
import { PrivacySection } from '../../features/profile/components/privacy-section'
import { ToolsSection } from '../../features/profile/components/tools-section'
import { WorkspaceSection } from '../../features/profile/components/workspace-section'
import { profileStrings } from '../../features/profile/strings'
import '../../features/profile/profile.css'
import { appStrings, pageTitle } from '../strings'

export function Component() {
  return (
    <>
      <title>{pageTitle(appStrings.titles.profile)}</title>
      <PageHeading>{appStrings.titles.profile}</PageHeading>
      <p className="page-intro">{profileStrings.intro}</p>
      <DetailsSection />
      <WorkspaceSection />
      <PrivacySection />
      <ToolsSection />
    </>
  )
}
