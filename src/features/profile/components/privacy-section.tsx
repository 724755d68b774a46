import { profileStrings } from '../strings'
import { PreferenceSwitches, type PreferenceSwitchProps } from './preference-switch'
import { SectionCard } from '../../../components/section-card'

const strings = profileStrings.privacy

/** Built at render, so the labels are in the active language. */
const privacy = (): PreferenceSwitchProps[] => [
  {
    label: strings.anonymize,
    description: strings.anonymizeHint,
    read: (user) => user.anonymize_data === true,
    write: (checked) => ({ anonymize_data: checked }),
  },
  {
    label: strings.impersonation,
    description: strings.impersonationHint,
    // null counts as allowed (CAN_LOGIN_AS in posthog/settings/web.py).
    read: (user) => user.allow_impersonation ?? true,
    write: (checked) => ({ allow_impersonation: checked }),
  },
]

export function PrivacySection() {
  return (
    <SectionCard strings={strings} rows={2}>
      <PreferenceSwitches switches={privacy()} />
    </SectionCard>
  )
}
