import { useEffect, useId, useRef } from 'react'
import { useAnnounce } from '../../../components/live-region'
import { isAccepted, MIN_LENGTH } from '../strength/strength-checker'
import { usePasswordStrength } from '../strength/use-password-strength'
import { passwordStrings } from '../strings'

const s = passwordStrings.strength
/** Screen readers hear the strength once typing pauses, not on every key. */
const ANNOUNCE_DELAY_MS = 1000

/** zxcvbn's verdict on the new password: a meter, a label, its advice, read out politely. */
export function StrengthMeter({ password }: { password: string }) {
  const state = usePasswordStrength(password)
  const announce = useAnnounce()
  const labelId = useId()
  const lastAnnounced = useRef('')

  const ready = state.status === 'ready' && state.strength ? state : null
  const strength = ready?.strength ?? null
  const label = strength ? (s.labels[strength.score] ?? s.labels[0]) : ''
  const accepted = ready && strength ? isAccepted(ready.password, strength) : false
  const verdict = !ready
    ? ''
    : accepted
      ? s.accepted
      : ready.password.length < MIN_LENGTH
        ? s.tooShort
        : s.notYet
  const advice = strength ? s.advice(strength.warning, strength.suggestions) : ''
  const summary = strength ? s.announce(label, verdict, accepted ? '' : advice) : ''

  useEffect(() => {
    if (!summary || summary === lastAnnounced.current) return
    const timer = window.setTimeout(() => {
      lastAnnounced.current = summary
      announce(summary)
    }, ANNOUNCE_DELAY_MS)
    return () => window.clearTimeout(timer)
  }, [summary, announce])

  if (state.status === 'loading') return <p className="hint strength-status">{s.checking}</p>
  if (state.status === 'failed') return <p className="hint strength-status">{s.unavailable}</p>
  if (!strength) return null
  return (
    <div className="strength" data-accepted={accepted}>
      <meter
        className="strength-meter"
        min={0}
        max={5}
        low={3}
        high={4}
        optimum={5}
        value={strength.score + 1}
        aria-labelledby={labelId}
        aria-valuetext={label}
      />
      <p id={labelId} className="strength-label">
        <strong>{s.label(label)}</strong> {verdict}
      </p>
      {advice && !accepted ? <p className="hint">{advice}</p> : null}
    </div>
  )
}
