import { zodResolver } from '../../../lib/zod-resolver'
import { useId, useMemo } from 'react'
import { useForm, useWatch } from 'react-hook-form'
import * as z from 'zod/mini'
import { Button } from '../../../components/button'
import { Field } from '../../../components/field'
import { isOneOfCodes, normaliseBackupCode } from '../backup-codes-file'
import { backupCodesStrings as s } from '../backup-codes-strings'

interface Props {
  codes: readonly string[]
  onFinish: () => void
}

/** Finishing needs the box ticked and one code typed back: proof the codes were kept, not just seen. */
export function SavedCodesGate({ codes, onFinish }: Props) {
  const checkboxId = useId()
  const hintId = useId()
  const schema = useMemo(
    () =>
      z.object({
        saved: z.boolean().check(z.refine((value) => value, { error: () => s.finishHint })),
        typed: z
          .string()
          .check(
            z.refine((value) => isOneOfCodes(value, codes), { error: () => s.typeBackMismatch }),
          ),
      }),
    [codes],
  )
  const { register, handleSubmit, control } = useForm<{ saved: boolean; typed: string }>({
    resolver: zodResolver(schema),
    defaultValues: { saved: false, typed: '' },
  })
  const [saved, typed] = useWatch({ control, name: ['saved', 'typed'] })
  const matches = isOneOfCodes(typed, codes)
  const ready = saved && matches
  // Say it is wrong only once a whole code has been typed, never halfway through.
  const mismatch =
    !matches && normaliseBackupCode(typed).length >= 8 ? s.typeBackMismatch : undefined

  return (
    <form noValidate className="saved-gate" onSubmit={handleSubmit(() => onFinish())}>
      <div className="checkbox-row">
        <input id={checkboxId} type="checkbox" {...register('saved')} />
        <label htmlFor={checkboxId}>{s.savedCheckbox}</label>
      </div>
      <Field label={s.typeBackLabel} description={s.typeBackHint} error={mismatch}>
        <input
          type="text"
          autoComplete="off"
          autoCapitalize="none"
          spellCheck={false}
          maxLength={20}
          {...register('typed')}
        />
      </Field>
      <div className="form-actions">
        <Button
          type="submit"
          variant="primary"
          disabled={!ready}
          aria-describedby={ready ? undefined : hintId}
        >
          {s.finish}
        </Button>
        {ready ? null : (
          <p id={hintId} className="hint">
            {s.finishHint}
          </p>
        )}
      </div>
    </form>
  )
}
