import { useSuspenseQuery } from '@tanstack/react-query'
import { useId, useState } from 'react'
import { useAnnounce } from '../../../components/live-region'
import { currentUserQuery } from '../../../lib/current-user'
import { errorMessage } from '../../../lib/error-message'
import { themeChoice, type ThemeChoice } from '../../../lib/theme'
import { useThemeChoice } from '../api/use-theme-choice'
import { appearanceStrings } from '../strings'
import { SectionCard } from '../../../components/section-card'

const s = appearanceStrings.theme

const OPTIONS: { value: ThemeChoice; label: string; hint: string }[] = [
  { value: 'light', label: s.light, hint: s.lightHint },
  { value: 'dark', label: s.dark, hint: s.darkHint },
  { value: 'system', label: s.system, hint: s.systemHint },
]

function ThemeOptions() {
  const { data: user } = useSuspenseQuery(currentUserQuery)
  const { change, saving } = useThemeChoice()
  const announce = useAnnounce()
  const id = useId()
  const [error, setError] = useState<string | null>(null)
  const current = themeChoice(user.theme_mode)
  const labelOf = (choice: ThemeChoice) => OPTIONS.find((o) => o.value === choice)!.label

  const onChoose = async (next: ThemeChoice) => {
    setError(null)
    const outcome = await change(next)
    if (!outcome) return
    if (outcome.ok) {
      announce(s.saved(labelOf(outcome.value)))
      return
    }
    const message = errorMessage(outcome.error, appearanceStrings.errors)
    setError(message)
    announce(s.failed(message))
  }

  return (
    <>
      <fieldset
        className="theme-options"
        aria-busy={saving || undefined}
        aria-describedby={error ? `${id}-error` : undefined}
      >
        <legend className="visually-hidden">{s.legend}</legend>
        {OPTIONS.map((option) => (
          <div key={option.value} className="theme-option" data-option={option.value}>
            <input
              type="radio"
              id={`${id}-${option.value}`}
              name={`${id}-theme`}
              value={option.value}
              checked={current === option.value}
              aria-describedby={`${id}-${option.value}-hint`}
              onChange={() => void onChoose(option.value)}
            />
            <label htmlFor={`${id}-${option.value}`}>
              <span className="theme-swatch" aria-hidden="true" />
              {option.label}
            </label>
            <p className="hint" id={`${id}-${option.value}-hint`}>
              {option.hint}
            </p>
          </div>
        ))}
      </fieldset>
      {error ? (
        <p className="field-error" id={`${id}-error`}>
          {error}
        </p>
      ) : null}
    </>
  )
}

export function ThemeSection() {
  return (
    <SectionCard strings={s} rows={1}>
      <ThemeOptions />
    </SectionCard>
  )
}
