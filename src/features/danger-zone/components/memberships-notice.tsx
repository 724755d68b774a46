import { useQuery } from '@tanstack/react-query'
import type { Ref } from 'react'
import type { OrganizationBasic } from '../../../../contract/organization'
import { appConfigQuery } from '../../../lib/app-config'
import { dangerZoneStrings as s } from '../strings'

interface Props {
  organizations: OrganizationBasic[]
  /** The user's current organization: the one PostHog's organization settings show. */
  currentId: string | null
  /** The intro takes focus when the dialog closes on a refusal, its opener gone. */
  ref?: Ref<HTMLParagraphElement>
}

/**
 * What stands between the user and deletion, in place of the delete button: each organization,
 * with a link to where it is left or deleted. Coming back to the tab refetches the user (React
 * Query's refetchOnWindowFocus), so the button returns by itself once none is left.
 */
export function MembershipsNotice({ organizations, currentId, ref }: Props) {
  const { data: config } = useQuery(appConfigQuery)
  const href = config?.organization_settings_url ?? null
  const proxy = config?.mode === 'proxy'
  return (
    <div className="notice memberships">
      <p ref={ref} tabIndex={-1}>
        {s.membershipsIntro(organizations.length)}
      </p>
      <ul>
        {organizations.map((organization) => (
          <li key={organization.id}>
            {/* The link names the organization: read out alone, it still says which one. */}
            {href ? (
              <a href={href}>
                {proxy ? s.leaveInPostHog(organization.name) : s.leaveLocally(organization.name)}
              </a>
            ) : (
              <span className="memberships-name">{organization.name}</span>
            )}
            {proxy && organizations.length > 1 && organization.id !== currentId ? (
              <span className="memberships-switch">{s.switchFirst}</span>
            ) : null}
          </li>
        ))}
      </ul>
      <p>{s.comeBack}</p>
    </div>
  )
}
