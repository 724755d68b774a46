import '../../features/danger-zone/danger-zone.css'
import { PageHeading } from '../../components/page-heading'
import { DeleteAccountCard } from '../../features/danger-zone/components/delete-account-card'
import { dangerZoneStrings } from '../../features/danger-zone/strings'
import { appStrings, pageTitle } from '../strings'

export function Component() {
  return (
    <>
      <title>{pageTitle(appStrings.titles.dangerZone)}</title>
      <PageHeading>{appStrings.titles.dangerZone}</PageHeading>
      <p className="page-intro">{dangerZoneStrings.pageIntro}</p>
      <DeleteAccountCard />
    </>
  )
}
