import { keepPreviousData, useQuery } from '@tanstack/react-query'
import { useState } from 'react'
import { useSearchParams } from 'react-router'
import { Button } from '../../../components/button'
import { Card } from '../../../components/card'
import { SectionBoundary } from '../../../components/error-boundary'
import { usersQueries } from '../api/users-queries'
import {
  PAGE_SIZE,
  readListParams,
  toListQuery,
  writeListParams,
  type ListParams,
} from '../list-params'
import { filterPage } from '../page-filter'
import { usersStrings } from '../strings'
import { UserFilters } from './user-filters'
import { UsersTable, UsersTableSkeleton } from './users-table'

/** Filters and page live in the URL: every change is a history entry, so Back undoes it. */
export function UsersList() {
  const [searchParams, setSearchParams] = useSearchParams()
  const params = readListParams(searchParams)
  const onChange = (next: ListParams) => setSearchParams(writeListParams(next))
  // What is typed; it follows the applied email when that changes (Search, Clear, Back).
  const [draft, setDraft] = useState(params.email)
  const [applied, setApplied] = useState(params.email)
  if (applied !== params.email) {
    setApplied(params.email)
    setDraft(params.email)
  }
  return (
    <>
      <Card title={usersStrings.filtersTitle}>
        <UserFilters params={params} onChange={onChange} draft={draft} onDraftChange={setDraft} />
      </Card>
      <Card title={usersStrings.resultsTitle}>
        <SectionBoundary fallback={<UsersTableSkeleton />}>
          <UserResults params={params} onChange={onChange} typed={draft.trim()} />
        </SectionBoundary>
      </Card>
    </>
  )
}

interface UserResultsProps {
  params: ListParams
  onChange: (params: ListParams) => void
  /** Typed but not searched: filters the rows already loaded. */
  typed: string
}

function UserResults({ params, onChange, typed }: UserResultsProps) {
  const { data, isPlaceholderData, isFetching } = useQuery({
    ...usersQueries.list(toListQuery(params)),
    // The previous page stays on screen (marked busy) while the next one loads.
    placeholderData: keepPreviousData,
    throwOnError: true,
  })
  // No data yet (first load, or a retry after an error): thrown errors go to the boundary.
  if (data === undefined) return <UsersTableSkeleton />

  const filtered = params.email !== '' || params.staff !== 'all'
  const clearFilters = () => onChange({ email: '', staff: 'all', page: 1 })

  if (data.count === 0) {
    return (
      <div className="users-empty">
        <p className="users-empty-title">{usersStrings.emptyTitle}</p>
        <p>
          {params.email
            ? usersStrings.emptyForEmail(params.email)
            : filtered
              ? usersStrings.emptyFiltered
              : usersStrings.emptyAll}
        </p>
        {filtered ? <Button onClick={clearFilters}>{usersStrings.clearFilters}</Button> : null}
      </div>
    )
  }

  if (data.results.length === 0) {
    return (
      <div className="users-empty">
        <p>{usersStrings.pastTheEnd}</p>
        <Button onClick={() => onChange({ ...params, page: 1 })}>{usersStrings.firstPage}</Button>
      </div>
    )
  }

  const rows = filterPage(data.results, typed)
  // Typed, not yet searched (the searched address is the server's answer already).
  const local = typed !== '' && typed !== params.email
  const offset = (params.page - 1) * PAGE_SIZE
  const hasPrevious = params.page > 1
  const hasNext = offset + PAGE_SIZE < data.count
  const busy = isPlaceholderData || isFetching
  // aria-disabled rather than disabled: the button keeps focus when the last page arrives.
  const go = (page: number, allowed: boolean) => () => {
    if (allowed) onChange({ ...params, page })
  }
  return (
    <>
      {rows.length > 0 ? (
        <>
          <p className="users-summary" role="status">
            {local
              ? usersStrings.pageMatches(rows.length, typed)
              : usersStrings.showing(
                  Math.min(offset + 1, data.count),
                  Math.min(offset + data.results.length, data.count),
                  data.count,
                )}
          </p>
          <div className="users-table-wrap">
            <UsersTable users={rows} busy={busy} />
          </div>
        </>
      ) : (
        <div className="users-empty">
          <p className="users-empty-title">{usersStrings.emptyTitle}</p>
          <p role="status">{usersStrings.noneOnPage(typed)}</p>
        </div>
      )}
      {hasPrevious || hasNext ? (
        <nav className="users-pager" aria-label={usersStrings.pagination}>
          <Button aria-disabled={!hasPrevious} onClick={go(params.page - 1, hasPrevious)}>
            {usersStrings.previous}
          </Button>
          <Button aria-disabled={!hasNext} onClick={go(params.page + 1, hasNext)}>
            {usersStrings.next}
          </Button>
        </nav>
      ) : null}
    </>
  )
}
