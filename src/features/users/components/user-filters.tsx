import type { FormEvent } from 'react'
import { Button } from '../../../components/button'
import { Field } from '../../../components/field'
import { Select, type SelectOption } from '../../../components/select'
import type { ListParams, StaffFilter } from '../list-params'
import { usersStrings } from '../strings'

interface UserFiltersProps {
  params: ListParams
  onChange: (params: ListParams) => void
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
 * Email is searched on submit (PostHog's filter is an exact match, so searching while typing
 * would only flash "no users"); the staff filter applies at once. Either goes back to page 1.
 */
export function UserFilters({ params, onChange }: UserFiltersProps) {
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault()
    const email = String(new FormData(event.currentTarget).get('email') ?? '').trim()
    onChange({ ...params, email, page: 1 })
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
        label={usersStrings.email}
        description={usersStrings.emailHint}
        after={
          <>
            <Button type="submit" variant="primary">
              {usersStrings.search}
            </Button>
            {params.email ? (
              <Button onClick={() => onChange({ ...params, email: '', page: 1 })}>
                {usersStrings.clear}
              </Button>
            ) : null}
          </>
        }
      >
        {/* Keyed by the applied email, so Back/Forward show what the list is filtered by. */}
        <input
          key={params.email}
          name="email"
          type="email"
          // An address reads left to right, in an Arabic page too.
          dir="ltr"
          inputMode="email"
          autoComplete="off"
          spellCheck={false}
          autoCapitalize="none"
          defaultValue={params.email}
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
