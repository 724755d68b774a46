import '../../features/danger-zone/danger-zone.css'
import { DeleteAccountCard } from '../../features/danger-zone/components/delete-account-card'
import { dangerZoneStrings } from '../../features/danger-zone/strings'
import { PageFrame } from '../page-frame'

export function Component() {
  return (
    <PageFrame page="dangerZone" intro={dangerZoneStrings.pageIntro}>
      <DeleteAccountCard />
    </PageFrame>
  )
}
