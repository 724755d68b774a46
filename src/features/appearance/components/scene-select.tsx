import { useSuspenseQuery } from '@tanstack/react-query'
import { useState } from 'react'
import type { DashboardBasic } from '../../../../contract/dashboards'
import { Field } from '../../../components/field'
import { useAnnounce } from '../../../components/live-region'
import { SaveStatus } from '../../../components/save-status'
import { Select } from '../../../components/select'
import { ApiError } from '../../../lib/api-error'
import { currentUserQuery } from '../../../lib/current-user'
import { errorMessage } from '../../../lib/error-message'
import { commonStrings } from '../../../lib/strings'
import { sceneDashboard, useSceneChoice } from '../api/use-scene-choice'
import { appearanceStrings } from '../strings'

const s = appearanceStrings.scenes

/** The select's value for "No dashboard". */
const NONE = ''

export const dashboardName = (dashboard: DashboardBasic) => dashboard.name || s.untitled

interface SceneSelectProps {
  scene: string
  label: string
  hint: string
  dashboards: DashboardBasic[]
}

/**
 * Which dashboard a scene opens, or none (the project's default), saved as soon as it is chosen
 * with its status beside it (docs/decisions/0012-save-model.md). A failure puts the saved choice
 * back and says why under the select.
 */
export function SceneSelect({ scene, label, hint, dashboards }: SceneSelectProps) {
  const { data: user } = useSuspenseQuery(currentUserQuery)
  const announce = useAnnounce()
  const { change, saving, state, error } = useSceneChoice(scene, appearanceStrings.errors)
  // PostHog's refusal to clear a choice gets its own sentence, naming the choice that stands.
  const [refusal, setRefusal] = useState<string | null>(null)
  const current = sceneDashboard(user, scene)
  const nameOf = (id: number) => {
    const dashboard = dashboards.find((d) => d.id === id)
    return dashboard ? dashboardName(dashboard) : s.unknownDashboard(id)
  }

  const choose = async (value: string) => {
    const id = value === NONE ? null : Number(value)
    const kept = current
    setRefusal(null)
    const outcome = await change(id)
    if (!outcome) return
    if (outcome.ok) {
      const saved = outcome.value
      announce(saved === null ? s.announceCleared(label) : s.announceSaved(label, nameOf(saved)))
    } else if (id === null && kept !== null && isRefusal(outcome.error)) {
      const message = s.clearRefused(label, nameOf(kept))
      setRefusal(message)
      announce(message)
    } else {
      const message = errorMessage(outcome.error, appearanceStrings.errors)
      announce(commonStrings.settingNotChanged(s.dashboardFor(label), message))
    }
  }

  return (
    <Field
      label={s.dashboardFor(label)}
      description={hint}
      error={refusal ?? error ?? undefined}
      after={<SaveStatus state={state} />}
    >
      <Select
        autoComplete="off"
        aria-busy={saving || undefined}
        value={current === null ? NONE : String(current)}
        onChange={(event) => void choose(event.target.value)}
        options={[
          { value: NONE, label: s.noDashboard },
          ...(current !== null && !dashboards.some((d) => d.id === current)
            ? [{ value: String(current), label: s.unknownDashboard(current) }]
            : []),
          ...dashboards.map((dashboard) => ({
            value: String(dashboard.id),
            label: dashboardName(dashboard),
          })),
        ]}
      />
    </Field>
  )
}

/**
 * PostHog's answer to a null dashboard: a 400, or a 500 where its validate_dashboard reads
 * `.team` of None (posthog/api/user.py, ScenePersonalisationSerializer). Not a proxy that
 * couldn't reach PostHog (upstream_*) nor the network: those get their own message.
 */
const isRefusal = (error: unknown) =>
  error instanceof ApiError &&
  (error.status === 400 || (error.status >= 500 && !error.code.startsWith('upstream_')))
