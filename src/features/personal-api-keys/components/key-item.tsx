import { useId, type ReactNode } from 'react'
import type { PersonalApiKey } from '../../../../contract/personal-api-keys'
import type { User } from '../../../../contract/user'
import { Button } from '../../../components/button'
import {
  formatDate,
  formatDateTime,
  formatRelative,
  projectsSummary,
  scopeSummary,
} from '../format'
import { keysStrings as s } from '../strings'

export type KeyAction = 'edit' | 'roll' | 'delete'

interface Props {
  apiKey: PersonalApiKey
  user: User
  onAction: (action: KeyAction, key: PersonalApiKey) => void
}

/** A moment as "5 minutes ago", with the exact time on hover and for machines; or Never. */
function When({ iso, relative }: { iso: string | null | undefined; relative?: boolean }) {
  if (!iso) return <>{s.never}</>
  return (
    <time dateTime={iso} title={relative ? formatDateTime(iso) : undefined}>
      {relative ? formatRelative(iso) : formatDate(iso)}
    </time>
  )
}

/** One key: what it is and may do, when it was used, and its actions. */
export function KeyItem({ apiKey, user, onAction }: Props) {
  const headingId = useId()
  const facts: [string, ReactNode][] = [
    [s.value, <code key="mask">{apiKey.mask_value}</code>],
    [s.scopes, scopeSummary(apiKey)],
    [s.projects, projectsSummary(apiKey, user)],
    [s.created, <When key="created" iso={apiKey.created_at} />],
    [s.lastUsed, <When key="used" iso={apiKey.last_used_at} relative />],
    [s.lastRolled, <When key="rolled" iso={apiKey.last_rolled_at} relative />],
  ]
  return (
    <li className="key-item" aria-labelledby={headingId}>
      <div className="key-head">
        <h3 id={headingId}>{apiKey.label}</h3>
        {apiKey.is_legacy_hashing ? (
          <span className="tag" title={s.legacyHint}>
            {s.legacy}
          </span>
        ) : null}
      </div>
      <dl className="key-facts">
        {facts.map(([label, value]) => (
          <div key={label}>
            <dt>{label}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
      <div className="form-actions key-actions">
        <Button aria-label={s.edit(apiKey.label)} onClick={() => onAction('edit', apiKey)}>
          {s.editShort}
        </Button>
        <Button aria-label={s.roll(apiKey.label)} onClick={() => onAction('roll', apiKey)}>
          {s.rollShort}
        </Button>
        <Button aria-label={s.remove(apiKey.label)} onClick={() => onAction('delete', apiKey)}>
          {s.removeShort}
        </Button>
      </div>
    </li>
  )
}
