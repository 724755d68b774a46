import { zodResolver } from '@hookform/resolvers/zod'
import { useState } from 'react'
import { useForm } from 'react-hook-form'
import * as z from 'zod/mini'
import type { DashboardBasic } from '../../../../contract/dashboards'
import { Field } from '../../../components/field'
import { useAnnounce } from '../../../components/live-region'
import { UnsavedChangesGuard } from '../../../components/unsaved-changes-guard'
import { applyServerError } from '../../../lib/form-errors'
import { useSingleFlight } from '../../../lib/use-single-flight'
import { useSaveScene } from '../api/use-save-scene'
import { appearanceStrings } from '../strings'
import { FormError } from '../../../components/form-error'
import { SaveActions } from '../../../components/save-actions'

const s = appearanceStrings.scenes

const schema = z.object({ dashboard: z.string().check(z.minLength(1, s.dashboardRequired)) })
type Values = z.infer<typeof schema>
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

/** Which dashboard a scene opens. PostHog can't clear a choice (null is refused), only change it. */
export function SceneForm({ scene, label, hint, dashboards, current }: SceneFormProps) {
  const save = useSaveScene()
  const once = useSingleFlight()
  const announce = useAnnounce()
  const [saved, setSaved] = useState(false)
  const { register, handleSubmit, setError, reset, formState } = useForm<Values>({
    resolver: zodResolver(schema),
    defaultValues: { dashboard: current === null ? '' : String(current) },
  })
  const { errors, isDirty, defaultValues } = formState

  const onSubmit = handleSubmit((values) =>
    once(async () => {
      setSaved(false)
      const id = Number(values.dashboard)
      try {
        await save.mutateAsync({ scene, dashboard: id })
        reset({ dashboard: String(id) })
        setSaved(true)
        const chosen = dashboards.find((dashboard) => dashboard.id === id)
        announce(s.announceSaved(label, chosen ? dashboardName(chosen) : s.unknownDashboard(id)))
      } catch (error) {
        applyServerError(error, setError, FIELDS, appearanceStrings.errors)
      }
    }),
  )

  return (
    <form noValidate onSubmit={onSubmit}>
      <UnsavedChangesGuard when={isDirty} />
      <Field label={s.dashboardFor(label)} description={hint} error={errors.dashboard?.message}>
        <select autoComplete="off" {...register('dashboard')}>
          {defaultValues?.dashboard === '' ? (
            <option value="" disabled>
              {s.chooseDashboard}
            </option>
          ) : null}
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
