import { useQueryClient } from '@tanstack/react-query'
import { currentUserQuery } from '../../../lib/current-user'
import { useInstantSetting } from '../../../lib/use-instant-setting'
import { passkeysStrings as s } from '../strings'
import { refreshPasskeys } from './passkeys-queries'

const mutationKey = [...currentUserQuery.queryKey, 'passkeys-enabled-for-2fa'] as const

/**
 * "Use passkeys as a second factor" (PATCH @me {passkeys_enabled_for_2fa}), saved as soon as it
 * is flipped but never optimistic: it is a two-factor setting (docs/architecture.md, Save model).
 * PostHog asks for a recent sign-in (the re-auth dialog comes from apiRequest), refuses `true`
 * without a verified passkey (no_passkeys), and signs out the other sessions when it turns on.
 * Afterwards the two-factor status card above refetches too (its key is under the user's).
 */
export function useSecondFactorSetting() {
  const queryClient = useQueryClient()
  const setting = useInstantSetting<boolean>({
    mutationKey,
    read: (user) => user.passkeys_enabled_for_2fa ?? false,
    show: (user, value) => ({ ...user, passkeys_enabled_for_2fa: value }),
    body: (value) => ({ passkeys_enabled_for_2fa: value }),
    optimistic: false,
    announce: {
      saved: s.secondFactorSaved,
      failed: s.secondFactorFailed,
      errors: s.secondFactorErrors,
    },
  })
  const change = async (value: boolean) => {
    const outcome = await setting.change(value)
    if (outcome) await refreshPasskeys(queryClient)
    return outcome
  }
  return { ...setting, change }
}
