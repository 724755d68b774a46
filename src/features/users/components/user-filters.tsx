import type { FormEvent } from 'react'
import { Button } from '../../../components/button'
import { Field } from '../../../components/field'
import { Select, type SelectOption } from '../../../components/select'
import type { ListParams, StaffFilter } from '../list-params'
import { usersStrings } from '../strings'

interface UserFiltersProps {
  params: ListParams
  onChange: (params: ListParams) => void
  /** What is typed in the field: it filters the loaded page at once (filterPage). */
  draft: string
  onDraftChange: (draft: string) => void
}

/** Built at render, so the labels are in the current language. */
const staffOptions = (): SelectOption<StaffFilter>[] => [
  { value: 'all', label: usersStrings.staffAll },
  { value: 'true', label: usersStrings.staffOnly },
  { value: 'false', label: usersStrings.staffNone },
]

const STAFF_FILTERS: readonly StaffFilter[] = ['all', 'true', 'false']
const toStaffFilter = (value: string): StaffFilter =>
  STAFF_FILTERS.find((filter) => filter === value) ?? 'all'

/**
 * Typing filters the loaded page (partial, any case, name or email); Search and Enter ask the
 * server for the exact address (PostHog's filter is an exact match, so asking it while typing
 * would only flash "no users"). The staff filter applies at once. Both go back to page 1.
 */
export function UserFilters({ params, onChange, draft, onDraftChange }: UserFiltersProps) {
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault()
    onChange({ ...params, email: draft.trim(), page: 1 })
  }
  const clear = () => {
    onDraftChange('')
    if (params.email) onChange({ ...params, email: '', page: 1 })
  }
  return (
    <form
      role="search"
      aria-label={usersStrings.filtersTitle}
      className="users-filters"
      onSubmit={onSubmit}
      noValidate
    >
      <Field
        label={usersStrings.searchLabel}
        description={usersStrings.emailHint}
        after={
          <>
            <Button type="submit" variant="primary">
              {usersStrings.search}
            </Button>
            {params.email || draft ? <Button onClick={clear}>{usersStrings.clear}</Button> : null}
          </>
        }
      >
        {/* Reset to the applied email by the list, so Back/Forward show what it is filtered by. */}
        <input
          name="email"
          type="search"
          // An address reads left to right, a name in its own script: the text decides.
          dir="auto"
          inputMode="email"
          autoComplete="off"
          spellCheck={false}
          autoCapitalize="none"
          value={draft}
          onChange={(event) => onDraftChange(event.target.value)}
        />
      </Field>
      <Field label={usersStrings.staff}>
        <Select
          name="staff"
          autoComplete="off"
          value={params.staff}
          options={staffOptions()}
          onChange={(event) =>
            onChange({ ...params, staff: toStaffFilter(event.target.value), page: 1 })
          }
        />
      </Field>
    </form>
  )
}
