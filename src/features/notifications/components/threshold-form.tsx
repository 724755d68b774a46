import { zodResolver } from '../../../lib/zod-resolver'
import { useState } from 'react'
import { useForm } from 'react-hook-form'
import * as z from 'zod/mini'
import { Field } from '../../../components/field'
import { useAnnounce } from '../../../components/live-region'
import { UnsavedChangesGuard } from '../../../components/unsaved-changes-guard'
import { isApiError } from '../../../lib/api-error'
import { errorMessage } from '../../../lib/error-message'
import { applyServerError } from '../../../lib/form-errors'
import { useSaveThreshold } from '../api/use-save-threshold'
import { parsePercent, toPercent, toShare } from '../settings'
import { notificationsStrings } from '../strings'
import { FormError } from '../../../components/form-error'
import { SaveActions } from '../../../components/save-actions'

const strings = notificationsStrings.pipelines

// The messages are read when a check fails, so they come in the active language.
const schema = z.object({
  percent: z.string().check(
    z.trim(),
    z.minLength(1, { error: () => strings.thresholdRequired }),
    z.refine((text) => parsePercent(text) !== null, {
      error: () => strings.thresholdNotNumber,
    }),
    z.refine(
      (text) => {
        const percent = parsePercent(text)
        return percent === null || (percent >= 0 && percent <= 100)
      },
      { error: () => strings.thresholdRange },
    ),
  ),
})
type Values = z.infer<typeof schema>
const FIELDS = ['percent'] as const

/** The pipeline alert threshold: typed as a percentage, stored by PostHog as a share (0.0–1.0). */
export function ThresholdForm({ share }: { share: number }) {
  const save = useSaveThreshold()
  const announce = useAnnounce()
  const [saved, setSaved] = useState(false)
  const { register, handleSubmit, setError, reset, formState } = useForm<Values>({
    resolver: zodResolver(schema),
    defaultValues: { percent: toPercent(share) },
  })
  const { errors, isDirty } = formState

  const onSubmit = handleSubmit((values) => {
    setSaved(false)
    save.mutate(toShare(parsePercent(values.percent) ?? 0), {
      onSuccess: (user) => {
        const share = user.notification_settings.data_pipeline_error_threshold
        reset({ percent: toPercent(share) })
        setSaved(true)
        announce(strings.announceSaved(share))
      },
      onError: (error) => {
        // PostHog names the whole notification_settings field; here that is this input.
        if (isApiError(error) && error.attr === 'notification_settings') {
          const message = errorMessage(error, notificationsStrings.errors)
          setError('percent', { type: 'server', message }, { shouldFocus: true })
        } else {
          applyServerError(error, setError, FIELDS, notificationsStrings.errors)
        }
      },
    })
  })

  return (
    <form noValidate onSubmit={onSubmit} className="threshold-form">
      <UnsavedChangesGuard when={isDirty} />
      <Field
        label={strings.threshold}
        description={strings.thresholdHint}
        error={errors.percent?.message}
        after={
          <span className="threshold-suffix" aria-hidden="true">
            {strings.percentSuffix}
          </span>
        }
      >
        <input
          type="text"
          inputMode="decimal"
          autoComplete="off"
          className="threshold-input"
          {...register('percent')}
        />
      </Field>
      <FormError message={errors.root?.serverError?.message} />
      <SaveActions pending={save.isPending} dirty={isDirty} saved={saved} labels={strings} />
    </form>
  )
}
