import { twoFactorStrings as s } from '../strings'
import { StepCard } from './step-card'

/** Step 5: nothing left to do. */
export function DoneStep() {
  return <StepCard title={s.doneTitle} intro={s.doneIntro} />
}
