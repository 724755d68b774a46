import { useId } from 'react'
import { twoFactorStrings as s } from '../strings'
import { useFocusOnMount } from './use-focus-on-mount'

/** Step 5: nothing left to do. */
export function DoneStep() {
  const heading = useFocusOnMount<HTMLHeadingElement>()
  const titleId = useId()
  return (
    <section className="card" aria-labelledby={titleId}>
      <h2 id={titleId} ref={heading} tabIndex={-1}>
        {s.doneTitle}
      </h2>
      <p className="card-intro">{s.doneIntro}</p>
    </section>
  )
}
