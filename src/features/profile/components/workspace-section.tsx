import { useSuspenseQuery } from '@tanstack/react-query'
import { currentUserQuery } from '../../../lib/current-user'
import { profileStrings } from '../strings'
import { SectionCard } from '../../../components/section-card'
import { WorkspaceSelect } from './workspace-select'

const strings = profileStrings.workspace

function Workspace() {
  const { data: user } = useSuspenseQuery(currentUserQuery)
  const organization = user.organization
  if (!organization || user.organizations.length === 0) {
    return <p className="notice">{strings.noOrganization}</p>
  }
  const teams = organization.teams
  return (
    <div className="workspace-selects">
      <WorkspaceSelect
        label={strings.organization}
        description={user.organizations.length > 1 ? strings.organizationHint : undefined}
        options={user.organizations.map((org) => ({ value: org.id, label: org.name }))}
        read={(saved) => saved.organization?.id ?? ''}
        toBody={(id) => ({ set_current_organization: id })}
        switched={(saved) =>
          strings.switchedOrganization(saved.organization?.name ?? '', saved.team?.name ?? null)
        }
      />
      {teams.length === 0 ? (
        <p className="hint">{strings.noProjects}</p>
      ) : (
        <WorkspaceSelect
          // A new organization brings its own projects: start from its current one.
          key={organization.id}
          label={strings.project}
          options={teams.map((team) => ({ value: String(team.id), label: team.name }))}
          read={(saved) => String(saved.team?.id ?? saved.organization?.teams[0]?.id ?? '')}
          toBody={(id) => ({ set_current_team: Number(id) })}
          switched={(saved) => strings.switchedProject(saved.team?.name ?? '')}
        />
      )}
    </div>
  )
}

export function WorkspaceSection() {
  return (
    <SectionCard strings={strings} rows={2}>
      <Workspace />
    </SectionCard>
  )
}
