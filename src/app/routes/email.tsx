import '../../features/email/email.css'
import { SectionBoundary } from '../../components/error-boundary'
import { PageHeading } from '../../components/page-heading'
import { Skeleton } from '../../components/skeleton'
import { EmailSettings } from '../../features/email/components/email-settings'
import { emailStrings } from '../../features/email/strings'
import { appStrings, pageTitle } from '../strings'

export function Component() {
  return (
    <>
      <title>{pageTitle(appStrings.titles.email)}</title>
      <PageHeading>{appStrings.titles.email}</PageHeading>
      <p className="page-intro">{emailStrings.pageIntro}</p>
      <SectionBoundary fallback={<Skeleton label={emailStrings.loading} fields={2} />}>
        <EmailSettings />
      </SectionBoundary>
    </>
  )
}
