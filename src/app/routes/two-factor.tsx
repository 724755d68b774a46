import '../../features/two-factor/two-factor.css'
import '../../features/passkeys/passkeys.css'
import { PasskeysSection } from '../../features/passkeys/components/passkeys-section'
import { TwoFactorSettings } from '../../features/two-factor/components/two-factor-settings'
import { twoFactorStrings } from '../../features/two-factor/strings'
import { framedPage } from '../page-frame'

export const Component = framedPage('twoFactor', () => twoFactorStrings.pageIntro, [
  TwoFactorSettings,
  PasskeysSection,
])
