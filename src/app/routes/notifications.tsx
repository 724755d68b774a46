import { PageHeading } from '../../components/page-heading'
import { DigestsSection } from '../../features/notifications/components/digests-section'
import { InAppSection } from '../../features/notifications/components/in-app-section'
import {
  ErrorTrackingSection,
  MentionsSection,
  OrganizationsSection,
  PipelinesSection,
  SecuritySection,
} from '../../features/notifications/components/notification-sections'
import { notificationsStrings } from '../../features/notifications/strings'
import '../../features/notifications/notifications.css'
import { appStrings, pageTitle } from '../strings'

export function Component() {
  return (
    <>
      <title>{pageTitle(appStrings.titles.notifications)}</title>
      <PageHeading>{appStrings.titles.notifications}</PageHeading>
      <p className="page-intro">{notificationsStrings.intro}</p>
      <DigestsSection />
      <ErrorTrackingSection />
      <PipelinesSection />
      <SecuritySection />
      <MentionsSection />
      <OrganizationsSection />
      <InAppSection />
    </>
  )
}
