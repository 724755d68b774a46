import { useSuspenseQuery } from '@tanstack/react-query'
import { useId } from 'react'
import { currentUserQuery } from '../../../lib/current-user'
import { themeChoice, type ThemeChoice } from '../../../lib/theme'
import { useThemeChoice } from '../api/use-theme-choice'
import { appearanceStrings } from '../strings'
import { SaveStatus } from '../../../components/save-status'
import { SectionCard } from '../../../components/section-card'

const s = appearanceStrings.theme

/** Read at render, in the active language. */
const options = (): { value: ThemeChoice; label: string; hint: string }[] => [
  { value: 'light', label: s.light, hint: s.lightHint },
  { value: 'dark', label: s.dark, hint: s.darkHint },
  { value: 'system', label: s.system, hint: s.systemHint },
]

function ThemeOptions() {
  const { data: user } = useSuspenseQuery(currentUserQuery)
  const labelOf = (choice: ThemeChoice) => options().find((o) => o.value === choice)!.label
  const { change, saving, state, error } = useThemeChoice({
    saved: (choice) => s.saved(labelOf(choice)),
    failed: s.failed,
    errors: appearanceStrings.errors,
  })
  const id = useId()
  const current = themeChoice(user.theme_mode)

  return (
    <>
      <fieldset
        className="theme-options"
        aria-busy={saving || undefined}
        aria-describedby={error ? `${id}-error` : undefined}
      >
        <legend className="visually-hidden">{s.legend}</legend>
        {options().map((option) => (
          <div key={option.value} className="theme-option" data-option={option.value}>
            <input
              type="radio"
              id={`${id}-${option.value}`}
              name={`${id}-theme`}
              value={option.value}
              checked={current === option.value}
              aria-describedby={`${id}-${option.value}-hint`}
              onChange={() => void change(option.value)}
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
      {/* Under the options, where the eye is after choosing (docs/decisions/0012-save-model.md). */}
      <SaveStatus state={state} />
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
