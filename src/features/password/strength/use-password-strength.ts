import { useDeferredValue, useEffect, useMemo, useState } from 'react'
import { loadStrengthChecker, type Strength, type StrengthChecker } from './strength-checker'

export type StrengthState =
  | { status: 'loading' }
  | { status: 'failed' }
  | { status: 'ready'; password: string; strength: Strength | null }

/**
 * Loads zxcvbn (about 800 KiB of dictionaries) once the user starts typing a new password, not
 * when the page opens, then scores the (deferred, so typing stays smooth) value.
 */
export function usePasswordStrength(password: string): StrengthState {
  const [checker, setChecker] = useState<StrengthChecker | 'failed' | null>(null)
  const wanted = password !== ''
  const deferred = useDeferredValue(password)

  useEffect(() => {
    if (!wanted || checker !== null) return
    let active = true
    loadStrengthChecker().then(
      (check) => active && setChecker(() => check),
      () => active && setChecker('failed'),
    )
    return () => {
      active = false
    }
  }, [wanted, checker])

  return useMemo(() => {
    if (checker === null)
      return deferred ? { status: 'loading' } : { status: 'ready', password: '', strength: null }
    if (checker === 'failed') return { status: 'failed' }
    return { status: 'ready', password: deferred, strength: deferred ? checker(deferred) : null }
  }, [checker, deferred])
}
