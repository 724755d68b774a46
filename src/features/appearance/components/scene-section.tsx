import { useSuspenseQuery } from '@tanstack/react-query'
import type { ScenePersonalisationEntry } from '../../../../contract/scene-personalisation'
import { currentUserQuery } from '../../../lib/current-user'
import { appearanceQueries } from '../api/appearance-queries'
import { SCENE_LABELS } from '../labels'
import { appearanceStrings } from '../strings'
import { SectionCard } from '../../../components/section-card'
import { dashboardName, SceneSelect } from './scene-select'

const s = appearanceStrings.scenes

interface SceneChoicesProps {
  projectId: number
  projectName: string
  entries: ScenePersonalisationEntry[]
}

function SceneChoices({ projectId, projectName, entries }: SceneChoicesProps) {
  const { data: dashboards } = useSuspenseQuery(appearanceQueries.dashboards(projectId))
  const nameOf = (id: number | null) => {
    if (id === null) return s.noneChosen
    const dashboard = dashboards.find((d) => d.id === id)
    return dashboard ? dashboardName(dashboard) : s.unknownDashboard(id)
  }
  return (
    <>
      <h3>{s.currentTitle}</h3>
      <p className="hint">{s.project(projectName)}</p>
      {entries.length === 0 ? (
        <p>{s.noChoices}</p>
      ) : (
        <dl className="scene-choices">
          {entries.map((entry) => (
            <div key={entry.scene}>
              <dt>{SCENE_LABELS[entry.scene]?.label ?? entry.scene}</dt>
              <dd>{nameOf(entry.dashboard)}</dd>
            </div>
          ))}
        </dl>
      )}
      {dashboards.length === 0 ? (
        <p className="notice">{s.noDashboards}</p>
      ) : (
        Object.entries(SCENE_LABELS).map(([scene, { label, hint }]) => (
          <SceneSelect
            // A project switch brings other choices: start that project's select afresh.
            key={`${projectId}:${scene}`}
            scene={scene}
            label={label}
            hint={hint}
            dashboards={dashboards}
          />
        ))
      )}
    </>
  )
}

function Scenes() {
  const { data: user } = useSuspenseQuery(currentUserQuery)
  if (!user.team) return <p className="notice">{s.noProject}</p>
  return (
    <SceneChoices
      projectId={user.team.id}
      projectName={user.team.name}
      entries={user.scene_personalisation ?? []}
    />
  )
}

export function SceneSection() {
  return (
    <SectionCard strings={s} rows={2}>
      <Scenes />
    </SectionCard>
  )
}
