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
import { framedPage } from '../page-frame'

export const Component = framedPage('notifications', () => notificationsStrings.intro, [
  DigestsSection,
  ErrorTrackingSection,
  PipelinesSection,
  SecuritySection,
  MentionsSection,
  OrganizationsSection,
  InAppSection,
])
