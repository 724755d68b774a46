import { useSuspenseQuery } from '@tanstack/react-query'
import { resolveHedgehogConfig } from '../../../../contract/hedgehog-config'
import { currentUserQuery } from '../../../lib/current-user'
import { hedgehogStrings } from '../hedgehog-strings'
import { SectionCard } from '../../../components/section-card'
import { HedgehogForm } from './hedgehog-form'

const s = hedgehogStrings

function Hedgehog({ saveDelay }: { saveDelay?: number }) {
  const { data: user } = useSuspenseQuery(currentUserQuery)
  // Stored JSON is unvalidated and shared with other PostHog clients: defaults fill the gaps and
  // unknown keys are kept, so saving the whole object loses nothing.
  return (
    <HedgehogForm initial={resolveHedgehogConfig(user.hedgehog_config)} saveDelay={saveDelay} />
  )
}

export function HedgehogSection({ saveDelay }: { saveDelay?: number }) {
  return (
    <SectionCard strings={s} rows={6} className="hedgehog-card">
      <Hedgehog saveDelay={saveDelay} />
    </SectionCard>
  )
}
