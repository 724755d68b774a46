import '../../features/danger-zone/danger-zone.css'
import { DeleteAccountCard } from '../../features/danger-zone/components/delete-account-card'
import { dangerZoneStrings } from '../../features/danger-zone/strings'
import { framedPage } from '../page-frame'

export const Component = framedPage('dangerZone', () => dangerZoneStrings.pageIntro, [
  DeleteAccountCard,
])
