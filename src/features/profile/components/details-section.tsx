import { useSuspenseQuery } from '@tanstack/react-query'
import { currentUserQuery } from '../../../lib/current-user'
import { profileStrings } from '../strings'
import { DetailsForm } from './details-form'
import { SectionCard } from '../../../components/section-card'

const strings = profileStrings.details

function LoadedDetails() {
  const { data: user } = useSuspenseQuery(currentUserQuery)
  return <DetailsForm user={user} />
}

export function DetailsSection() {
  return (
    <SectionCard strings={strings} rows={4}>
      <LoadedDetails />
    </SectionCard>
  )
}
