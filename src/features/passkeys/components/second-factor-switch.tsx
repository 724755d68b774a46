import { useSuspenseQuery } from '@tanstack/react-query'
import { SaveStatus } from '../../../components/save-status'
import { Switch } from '../../../components/switch'
import { currentUserQuery } from '../../../lib/current-user'
import { useSecondFactorSetting } from '../api/use-second-factor-setting'
import { passkeysStrings as s } from '../strings'

/**
 * The switch reads PostHog's effective rule (two_factor_status): on only while the user has a
 * verified passkey, although the stored flag stays true when the last one is deleted
 * (contract account-security §1.11). Without a verified passkey it is off and says why.
 */
export function SecondFactorSwitch({ hasVerified }: { hasVerified: boolean }) {
  const { data: user } = useSuspenseQuery(currentUserQuery)
  const { change, saving, pending, state, error } = useSecondFactorSetting()
  const stored = pending ? pending.value : (user.passkeys_enabled_for_2fa ?? false)
  const description = hasVerified
    ? s.secondFactorHint
    : stored
      ? `${s.secondFactorNeedsPasskey} ${s.secondFactorComesBack}`
      : s.secondFactorNeedsPasskey
  return (
    <div className="passkeys-second-factor" aria-busy={saving || undefined}>
      <Switch
        label={s.secondFactor}
        description={description}
        checked={hasVerified && stored}
        disabled={!hasVerified}
        onChange={(on) => void change(on)}
        status={<SaveStatus state={state} />}
        error={error}
      />
    </div>
  )
}
