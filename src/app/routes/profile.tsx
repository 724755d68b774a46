import { DetailsSection } from '../../features/profile/components/details-section'
import { PrivacySection } from '../../features/profile/components/privacy-section'
import { ToolsSection } from '../../features/profile/components/tools-section'
import { WorkspaceSection } from '../../features/profile/components/workspace-section'
import { profileStrings } from '../../features/profile/strings'
import '../../features/profile/profile.css'
import { framedPage } from '../page-frame'

export const Component = framedPage('profile', () => profileStrings.intro, [
  DetailsSection,
  WorkspaceSection,
  PrivacySection,
  ToolsSection,
])
