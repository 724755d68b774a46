import { useDeferredValue, useEffect, useMemo, useState } from 'react'
import { loadStrengthChecker, type Strength, type StrengthChecker } from './strength-checker'

export type StrengthState =
  | { status: 'loading' }
  | { status: 'failed' }
  | { status: 'ready'; password: string; strength: Strength | null }

/** Loads zxcvbn when the page mounts, then scores the (deferred, so typing stays smooth) value. */
export function usePasswordStrength(password: string): StrengthState {
  const [checker, setChecker] = useState<StrengthChecker | 'failed' | null>(null)
  const deferred = useDeferredValue(password)

  useEffect(() => {
    let active = true
    loadStrengthChecker().then(
      (check) => active && setChecker(() => check),
      () => active && setChecker('failed'),
    )
    return () => {
      active = false
    }
  }, [])

  return useMemo(() => {
    if (checker === null) return { status: 'loading' }
    if (checker === 'failed') return { status: 'failed' }
    return { status: 'ready', password: deferred, strength: deferred ? checker(deferred) : null }
  }, [checker, deferred])
}
