import { useId, type ReactNode } from 'react'
import { useWatch, type Control, type FieldErrors, type UseFormRegister } from 'react-hook-form'
import type { User } from '../../../../contract/user'
import { formStrings as s } from '../form-strings'
import type { KeyFormValues } from '../key-form-values'
import { keysStrings } from '../strings'

type ListName = 'scoped_teams' | 'scoped_organizations'

interface Props {
  user: User
  access: KeyFormValues['access']
  register: UseFormRegister<KeyFormValues>
  control: Control<KeyFormValues>
  setList: (name: ListName, list: string[]) => void
  errors: FieldErrors<KeyFormValues>
  /** Projects the key already has that the user's current organization doesn't list. */
  otherTeams: number[]
}

/**
 * Everywhere the key's owner has access, or only chosen organizations or projects (PostHog's
 * `scoped_organizations` and `scoped_teams`). The projects offered are the current
 * organization's: `@me` names no other organization's projects.
 */
export function AccessPicker({
  user,
  access,
  register,
  control,
  setList,
  errors,
  otherTeams,
}: Props) {
  const id = useId()
  const teams = [
    ...(user.organization?.teams ?? []).map((team) => ({ id: String(team.id), name: team.name })),
    ...otherTeams.map((team) => ({ id: String(team), name: keysStrings.unknownProject(team) })),
  ]
  const organizations = user.organizations.map(({ id, name }) => ({ id, name }))
  return (
    <fieldset className="access-picker">
      <legend>{s.accessLegend}</legend>
      <label className="radio">
        <input type="radio" value="all" {...register('access')} />
        {s.accessAll}
      </label>
      {organizations.length > 0 ? (
        <label className="radio">
          <input type="radio" value="organizations" {...register('access')} />
          {s.accessOrganizations}
        </label>
      ) : null}
      {access === 'organizations' ? (
        <Choices
          id={`${id}-orgs`}
          name="scoped_organizations"
          control={control}
          setList={setList}
          error={errors.scoped_organizations?.message}
          options={organizations}
          label={s.accessOrganizations}
        />
      ) : null}
      {teams.length > 0 ? (
        <label className="radio">
          <input type="radio" value="teams" {...register('access')} />
          {s.accessTeams}
        </label>
      ) : null}
      {access === 'teams' ? (
        <Choices
          id={`${id}-teams`}
          name="scoped_teams"
          control={control}
          setList={setList}
          error={errors.scoped_teams?.message}
          options={teams}
          label={s.accessTeams}
          hint={user.organization ? s.teamsOf(user.organization.name) : undefined}
        />
      ) : null}
      {organizations.length === 0 && teams.length === 0 ? (
        <p className="hint">{s.noProjects}</p>
      ) : null}
    </fieldset>
  )
}

/** Checkboxes whose value is always a list (react-hook-form's register gives one box a string). */
function Choices({
  id,
  name,
  control,
  setList,
  error,
  options,
  label,
  hint,
}: {
  id: string
  name: ListName
  control: Control<KeyFormValues>
  setList: (name: ListName, list: string[]) => void
  error?: string
  options: { id: string; name: string }[]
  label: string
  hint?: ReactNode
}) {
  const value = useWatch({ control, name })
  const toggle = (item: string, on: boolean) =>
    setList(name, on ? [...value, item] : value.filter((other) => other !== item))
  return (
    <div
      className="access-choices"
      role="group"
      aria-label={label}
      aria-describedby={
        [hint && `${id}-hint`, error && `${id}-error`].filter(Boolean).join(' ') || undefined
      }
    >
      {hint ? (
        <p className="hint" id={`${id}-hint`}>
          {hint}
        </p>
      ) : null}
      {options.map((option) => (
        <label key={option.id} className="checkbox">
          <input
            type="checkbox"
            checked={value.includes(option.id)}
            aria-invalid={error ? true : undefined}
            onChange={(event) => toggle(option.id, event.target.checked)}
          />
          {option.name}
        </label>
      ))}
      {error ? (
        <p className="field-error" id={`${id}-error`}>
          {error}
        </p>
      ) : null}
    </div>
  )
}
