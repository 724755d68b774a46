import { useEffect, useId } from 'react'
import {
  HEDGEHOG_ACCESSORY_GROUPS,
  type HedgehogAccessory,
  type HedgehogAccessoryGroup,
} from '../../../../contract/enums'
import type { ResolvedHedgehogConfig } from '../../../../contract/hedgehog-config'
import { Button } from '../../../components/button'
import { useAnnounce } from '../../../components/live-region'
import { SaveStatus } from '../../../components/save-status'
import { Switch } from '../../../components/switch'
import { UnsavedChangesGuard } from '../../../components/unsaved-changes-guard'
import { errorMessage } from '../../../lib/error-message'
import { useHedgehogAutosave } from '../api/use-hedgehog-autosave'
import {
  accessoryIn,
  lookLabel,
  lookOf,
  LOOKS,
  withAccessory,
  withLook,
  type HedgehogLook,
} from '../hedgehog'
import { ACCESSORY_GROUP_LABELS, ACCESSORY_LABELS } from '../labels'
import { hedgehogStrings } from '../hedgehog-strings'
import { appearanceStrings } from '../strings'
import { HedgehogPreview, lookSwatch } from './hedgehog-preview'

const s = hedgehogStrings

type FlagKey =
  | 'enabled'
  | 'use_as_profile'
  | 'walking_enabled'
  | 'interactions_enabled'
  | 'controls_enabled'
  | 'party_mode_enabled'

/** Read at render, in the active language. */
const behaviour = (): { key: FlagKey; label: string; hint: string }[] => [
  { key: 'walking_enabled', label: s.walking, hint: s.walkingHint },
  { key: 'interactions_enabled', label: s.interactions, hint: s.interactionsHint },
  { key: 'controls_enabled', label: s.controls, hint: s.controlsHint },
  { key: 'party_mode_enabled', label: s.party, hint: s.partyHint },
]

interface ChoiceGroupProps<T extends string> {
  legend: string
  hint?: string
  options: readonly { value: T; label: string; swatch?: string }[]
  value: T
  onChange: (value: T) => void
}

/** A radio group drawn as chips: arrow keys move within it, one choice at a time. */
function ChoiceGroup<T extends string>({
  legend,
  hint,
  options,
  value,
  onChange,
}: ChoiceGroupProps<T>) {
  const id = useId()
  return (
    <fieldset className="choice-group" aria-describedby={hint ? `${id}-hint` : undefined}>
      <legend>{legend}</legend>
      {hint ? (
        <p className="hint" id={`${id}-hint`}>
          {hint}
        </p>
      ) : null}
      <div className="chips">
        {options.map((option) => (
          <label key={option.value} className="chip">
            <input
              type="radio"
              name={`${id}-choice`}
              value={option.value}
              checked={option.value === value}
              onChange={() => onChange(option.value)}
            />
            {option.swatch ? (
              // An SVG fill rather than a style attribute: nothing inline for the strict CSP.
              <svg className="chip-swatch" viewBox="0 0 10 10" aria-hidden="true">
                <circle cx="5" cy="5" r="5" fill={option.swatch} />
              </svg>
            ) : null}
            {option.label}
          </label>
        ))}
      </div>
    </fieldset>
  )
}

const lookOptions = () =>
  LOOKS.map((look) => ({ value: look, label: lookLabel(look), swatch: lookSwatch(look) }))

function accessoryOptions(group: HedgehogAccessoryGroup) {
  return [
    { value: 'none' as const, label: s.none },
    ...HEDGEHOG_ACCESSORY_GROUPS[group].map((accessory) => ({
      value: accessory,
      label: ACCESSORY_LABELS[accessory],
    })),
  ]
}

function HedgehogStatus({
  status,
  error,
  onRetry,
}: {
  status: ReturnType<typeof useHedgehogAutosave>['status']
  error: unknown
  onRetry: () => void
}) {
  if (status === 'failed') {
    return (
      <div className="form-actions hedgehog-status">
        <p className="form-error">{s.failed(errorMessage(error, appearanceStrings.errors))}</p>
        <Button variant="primary" onClick={onRetry}>
          {s.retry}
        </Button>
      </div>
    )
  }
  // The shared status, as beside every instant control; the wait before the save has its words.
  return (
    <p className="hedgehog-status">
      <SaveStatus
        state={status === 'pending' ? 'saving' : status}
        text={status === 'pending' ? s.pending : undefined}
      />
    </p>
  )
}

export function HedgehogForm({
  initial,
  saveDelay,
}: {
  initial: ResolvedHedgehogConfig
  saveDelay?: number
}) {
  const { draft, update, status, error, flush } = useHedgehogAutosave(initial, saveDelay)
  const announce = useAnnounce()

  useEffect(() => {
    if (status === 'saved') announce(s.announceSaved)
    if (status === 'failed') announce(s.failed(errorMessage(error, appearanceStrings.errors)))
  }, [status, error, announce])

  const flag = (key: FlagKey, label: string, hint: string) => (
    <Switch
      key={key}
      label={label}
      description={hint}
      checked={draft[key]}
      onChange={(on) => update((config) => ({ ...config, [key]: on }))}
    />
  )

  return (
    <div className="hedgehog-editor">
      <UnsavedChangesGuard when={status === 'failed'} />
      <div className="hedgehog-stage">
        <HedgehogPreview config={draft} />
        <HedgehogStatus status={status} error={error} onRetry={() => void flush()} />
      </div>
      <div className="hedgehog-options">
        <div>
          {flag('enabled', s.enabled, s.enabledHint)}
          {flag('use_as_profile', s.useAsProfile, s.useAsProfileHint)}
        </div>
        <ChoiceGroup<HedgehogLook>
          legend={s.lookLegend}
          hint={s.lookHint}
          options={lookOptions()}
          value={lookOf(draft)}
          onChange={(look) => update((config) => withLook(config, look))}
        />
        <div className="hedgehog-accessories">
          <h3>{s.accessoriesTitle}</h3>
          <p className="hint">{s.accessoriesHint}</p>
          {(Object.keys(HEDGEHOG_ACCESSORY_GROUPS) as HedgehogAccessoryGroup[]).map((group) => (
            <ChoiceGroup<HedgehogAccessory | 'none'>
              key={group}
              legend={ACCESSORY_GROUP_LABELS[group]}
              options={accessoryOptions(group)}
              value={accessoryIn(draft, group) ?? 'none'}
              onChange={(choice) =>
                update((config) => withAccessory(config, group, choice === 'none' ? null : choice))
              }
            />
          ))}
        </div>
        <div>
          <h3>{s.behaviourTitle}</h3>
          {behaviour().map(({ key, label, hint }) => flag(key, label, hint))}
        </div>
      </div>
    </div>
  )
}
