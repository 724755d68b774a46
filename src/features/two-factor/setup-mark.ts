import type { NormalisedTwoFactorStatus } from '../../../contract/two-factor'

/**
 * A note in this tab's sessionStorage that a 2FA setup is under way: whose it is and which step
 * it reached, never the secret (that lives only in memory here and in the server's session). A
 * reload or leaving the page drops the setup; the note lets the page say so next time instead
 * of silently showing "Off" again.
 */
const KEY = 'two-factor-setup'

export type SetupStage = 'scan' | 'codes'

export function markSetup(uuid: string, stage: SetupStage) {
  try {
    sessionStorage.setItem(KEY, JSON.stringify({ uuid, stage }))
  } catch {
    // Storage can be full or blocked; the page then simply cannot say what happened.
  }
}

export function clearSetupMark() {
  try {
    sessionStorage.removeItem(KEY)
  } catch {
    // As above.
  }
}

function readMark(): { uuid: string; stage: SetupStage } | null {
  try {
    const value: unknown = JSON.parse(sessionStorage.getItem(KEY) ?? 'null')
    if (typeof value !== 'object' || value === null) return null
    const { uuid, stage } = value as Record<string, unknown>
    return typeof uuid === 'string' && (stage === 'scan' || stage === 'codes')
      ? { uuid, stage }
      : null
  } catch {
    return null
  }
}

/**
 * Which step an earlier setup of this user was interrupted at, if the status still shows it:
 * scanning with no authenticator app yet, or the codes step with the app enrolled. A note that
 * no longer fits (another user, finished in another tab) is dropped.
 */
export function interruptedSetup(
  uuid: string,
  status: Pick<NormalisedTwoFactorStatus, 'hasTotp'>,
): SetupStage | null {
  const mark = readMark()
  if (!mark) return null
  const fits = mark.uuid === uuid && (mark.stage === 'codes') === status.hasTotp
  if (fits) return mark.stage
  clearSetupMark()
  return null
}
