import '../../features/email/email.css'
import { SectionBoundary } from '../../components/error-boundary'
import { Skeleton } from '../../components/skeleton'
import { EmailSettings } from '../../features/email/components/email-settings'
import { emailStrings } from '../../features/email/strings'
import { PageFrame } from '../page-frame'

export function Component() {
  return (
    <PageFrame page="email" intro={emailStrings.pageIntro}>
      <SectionBoundary fallback={<Skeleton label={emailStrings.loading} fields={2} />}>
        <EmailSettings />
      </SectionBoundary>
    </PageFrame>
  )
}
