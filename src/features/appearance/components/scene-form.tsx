import { useEffect, useState } from 'react'
import { useForm } from 'react-hook-form'
import type { DashboardBasic } from '../../../../contract/dashboards'
import { Field } from '../../../components/field'
import { useAnnounce } from '../../../components/live-region'
import { UnsavedChangesGuard } from '../../../components/unsaved-changes-guard'
import { ApiError } from '../../../lib/api-error'
import { applyServerError } from '../../../lib/form-errors'
import { useSaveScene } from '../api/use-save-scene'
import { appearanceStrings } from '../strings'
import { FormError } from '../../../components/form-error'
import { SaveActions } from '../../../components/save-actions'

const s = appearanceStrings.scenes

/** The select's value: a dashboard id, or NONE for "No dashboard". */
type Values = { dashboard: string }
const NONE = ''
const FIELDS = ['dashboard'] as const

export const dashboardName = (dashboard: DashboardBasic) => dashboard.name || s.untitled

interface SceneFormProps {
  scene: string
  label: string
  hint: string
  dashboards: DashboardBasic[]
  /** The dashboard chosen for this scene in the current project, if any. */
  current: number | null
}

/** Which dashboard a scene opens, or none (the project's default). */
export function SceneForm({ scene, label, hint, dashboards, current }: SceneFormProps) {
  const save = useSaveScene()
  const announce = useAnnounce()
  const [saved, setSaved] = useState(false)
  // Bumped on each refused clear: focus goes to the select once it shows the old choice again
  // (focusing during the reset is undone by the re-render it causes).
  const [refusals, setRefusals] = useState(0)
  const { register, handleSubmit, setError, setFocus, reset, formState } = useForm<Values>({
    defaultValues: { dashboard: current === null ? NONE : String(current) },
  })
  const { errors, isDirty } = formState
  useEffect(() => {
    if (refusals > 0) setFocus('dashboard')
  }, [refusals, setFocus])
  const nameOf = (id: number) => {
    const dashboard = dashboards.find((d) => d.id === id)
    return dashboard ? dashboardName(dashboard) : s.unknownDashboard(id)
  }

  const onSubmit = handleSubmit((values) => {
    setSaved(false)
    const id = values.dashboard === NONE ? null : Number(values.dashboard)
    save.mutate(
      { scene, dashboard: id },
      {
        onSuccess: () => {
          reset({ dashboard: values.dashboard })
          setSaved(true)
          announce(id === null ? s.announceCleared(label) : s.announceSaved(label, nameOf(id)))
        },
        onError: (error) => {
          // PostHog cannot clear a choice: it answers the null with an error. The old choice
          // stands, so the select shows it again rather than a "No dashboard" never saved.
          if (id === null && current !== null && isRefusal(error)) {
            const message = s.clearRefused(label, nameOf(current))
            reset({ dashboard: String(current) })
            setError('dashboard', { type: 'server', message })
            setRefusals((n) => n + 1)
            announce(message)
            return
          }
          applyServerError(error, setError, FIELDS, appearanceStrings.errors)
        },
      },
    )
  })

  return (
    <form noValidate onSubmit={onSubmit}>
      <UnsavedChangesGuard when={isDirty} />
      <Field label={s.dashboardFor(label)} description={hint} error={errors.dashboard?.message}>
        <select autoComplete="off" {...register('dashboard')}>
          <option value={NONE}>{s.noDashboard}</option>
          {current !== null && !dashboards.some((d) => d.id === current) ? (
            <option value={String(current)}>{s.unknownDashboard(current)}</option>
          ) : null}
          {dashboards.map((dashboard) => (
            <option key={dashboard.id} value={String(dashboard.id)}>
              {dashboardName(dashboard)}
            </option>
          ))}
        </select>
      </Field>
      <FormError message={errors.root?.serverError?.message} />
      <SaveActions pending={save.isPending} dirty={isDirty} saved={saved} labels={s} />
    </form>
  )
}

/**
 * PostHog's answer to a null dashboard: a 400, or a 500 where its validate_dashboard reads
 * `.team` of None (posthog/api/user.py, ScenePersonalisationSerializer). Not a proxy that
 * couldn't reach PostHog (upstream_*) nor the network: those keep "No dashboard" to retry.
 */
const isRefusal = (error: unknown) =>
  error instanceof ApiError &&
  (error.status === 400 || (error.status >= 500 && !error.code.startsWith('upstream_')))
