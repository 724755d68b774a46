import '../../features/two-factor/two-factor.css'
import { TwoFactorSettings } from '../../features/two-factor/components/two-factor-settings'
import { twoFactorStrings } from '../../features/two-factor/strings'
import { PageFrame } from '../page-frame'

export function Component() {
  return (
    <PageFrame page="twoFactor" intro={twoFactorStrings.pageIntro}>
      <TwoFactorSettings />
    </PageFrame>
  )
}
