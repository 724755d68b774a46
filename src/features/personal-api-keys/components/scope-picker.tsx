import { useId, useState, type Ref } from 'react'
import { SCOPE_PRESETS } from '../../../../contract/personal-api-keys'
import { Button } from '../../../components/button'
import { formStrings as s } from '../form-strings'
import { canWrite, levelsOf, pickerObjects, withLevel, type Level } from '../scopes'

interface Props {
  scopes: string[]
  onChange: (scopes: string[]) => void
  /** A preset was chosen that PostHog only grants everywhere (MCP Server). */
  onAllAccessOnly?: () => void
  error?: string
  /** react-hook-form's ref, so a refused save focuses the picker. */
  fieldRef?: Ref<HTMLSelectElement>
}

const CUSTOM = 'custom'

const sameSet = (a: readonly string[], b: readonly string[]) =>
  a.length === b.length && a.every((scope) => b.includes(scope))

/** The preset the scopes are exactly, else custom; `*` is All access. */
function presetOf(scopes: readonly string[]): string {
  if (scopes.includes('*')) return 'all_access'
  return SCOPE_PRESETS.find((preset) => sameSet(preset.scopes, scopes))?.value ?? CUSTOM
}

/**
 * PostHog's presets, then every scope object with its own None / Read / Read and write select:
 * searchable, narrowed to the chosen ones on request, and set in bulk for what the search shows.
 * Object names stay PostHog's identifiers (they are what its docs and errors say).
 */
export function ScopePicker({ scopes, onChange, onAllAccessOnly, error, fieldRef }: Props) {
  const id = useId()
  const [query, setQuery] = useState('')
  const [onlyChosen, setOnlyChosen] = useState(false)
  const preset = presetOf(scopes)
  const levels = levelsOf(scopes)
  const needle = query.trim().toLowerCase().replace(/\s+/g, '_')
  const shown = pickerObjects(scopes).filter(
    (object) => object.includes(needle) && (!onlyChosen || levels.has(object)),
  )
  const choosePreset = (value: string) => {
    const found = SCOPE_PRESETS.find((p) => p.value === value)
    onChange(found ? [...found.scopes] : scopes.includes('*') ? [] : scopes)
    if (found?.allAccessOnly) onAllAccessOnly?.()
  }
  const errorId = `${id}-error`
  return (
    <fieldset className="scope-picker" aria-describedby={error ? errorId : undefined}>
      <legend>{s.scopesLegend}</legend>
      <div className="field">
        <label htmlFor={`${id}-preset`}>{s.presetLabel}</label>
        <p className="field-description" id={`${id}-preset-hint`}>
          {s.presetHint}
        </p>
        <select
          id={`${id}-preset`}
          ref={fieldRef}
          value={preset}
          aria-describedby={`${id}-preset-hint${error ? ` ${errorId}` : ''}`}
          aria-invalid={error ? true : undefined}
          onChange={(event) => choosePreset(event.target.value)}
        >
          <option value={CUSTOM}>{s.customPreset}</option>
          {SCOPE_PRESETS.map((p) => (
            <option key={p.value} value={p.value}>
              {s.presets[p.value] ?? p.value}
            </option>
          ))}
        </select>
      </div>
      {error ? (
        <p className="field-error" id={errorId}>
          {error}
        </p>
      ) : null}
      {preset === 'all_access' ? (
        <p className="notice">{s.allAccessOn}</p>
      ) : (
        <>
          <div className="scope-tools">
            <div className="field">
              <label htmlFor={`${id}-filter`}>{s.filterLabel}</label>
              <input
                id={`${id}-filter`}
                type="search"
                autoComplete="off"
                spellCheck={false}
                placeholder={s.filterHint}
                value={query}
                onChange={(event) => setQuery(event.target.value)}
              />
            </div>
            <label className="checkbox">
              <input
                type="checkbox"
                checked={onlyChosen}
                onChange={(event) => setOnlyChosen(event.target.checked)}
              />
              {s.onlyChosen}
            </label>
            <p className="scope-count" aria-live="polite">
              {s.chosenCount(levels.size)}
            </p>
          </div>
          <div className="scope-bulk" role="group" aria-labelledby={`${id}-bulk`}>
            <span id={`${id}-bulk`}>{s.setAll}</span>
            {(['none', 'read', 'write'] as const).map((level) => (
              <Button
                key={level}
                disabled={shown.length === 0}
                onClick={() => onChange(withLevel(scopes, shown, level))}
              >
                {level === 'none' ? s.noneShort : level === 'read' ? s.readShort : s.writeShort}
              </Button>
            ))}
          </div>
          {shown.length === 0 ? (
            <p className="hint">{s.noMatch}</p>
          ) : (
            <ul className="scope-list">
              {shown.map((object) => (
                <ScopeRow
                  key={object}
                  id={`${id}-${object}`}
                  object={object}
                  level={levels.get(object) ?? 'none'}
                  onChange={(level) => onChange(withLevel(scopes, [object], level))}
                />
              ))}
            </ul>
          )}
        </>
      )}
    </fieldset>
  )
}

function ScopeRow({
  id,
  object,
  level,
  onChange,
}: {
  id: string
  object: string
  level: Level
  onChange: (level: Level) => void
}) {
  return (
    <li className={level === 'none' ? 'scope-row' : 'scope-row scope-chosen'}>
      <label htmlFor={id}>
        <code>{object}</code>
      </label>
      <select id={id} value={level} onChange={(event) => onChange(event.target.value as Level)}>
        <option value="none">{s.none}</option>
        <option value="read">{s.read}</option>
        {canWrite(object) ? <option value="write">{s.write}</option> : null}
      </select>
    </li>
  )
}
