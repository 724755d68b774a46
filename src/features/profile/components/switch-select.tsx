import { useRef, useState, type FormEvent } from 'react'
import type { User, UserUpdate } from '../../../../contract/user'
import { Button } from '../../../components/button'
import { Field } from '../../../components/field'
import { useAnnounce } from '../../../components/live-region'
import { errorMessage } from '../../../lib/error-message'
import { useUpdateProfile } from '../api/use-update-profile'
import { profileStrings } from '../strings'

const strings = profileStrings.workspace

interface SwitchSelectProps {
  label: string
  description?: string
  options: { value: string; label: string }[]
  /** The value the server has now. */
  current: string
  buttonLabel: string
  toBody: (value: string) => UserUpdate
  /** What to say once the server answered. */
  switched: (user: User) => string
}

/**
 * A select with its own button: choosing only picks, the button switches. Arrow keys on a
 * closed select change its value on some platforms, so switching on `change` would send a
 * request per key press. A failed switch puts the select back and says why.
 */
export function SwitchSelect({
  label,
  description,
  options,
  current,
  buttonLabel,
  toBody,
  switched,
}: SwitchSelectProps) {
  const update = useUpdateProfile()
  const announce = useAnnounce()
  const select = useRef<HTMLSelectElement>(null)
  // null: follow the server's value (it changes when another switch moves it).
  const [choice, setChoice] = useState<string | null>(null)
  const [status, setStatus] = useState<{ error: boolean; text: string } | null>(null)
  const value = choice ?? current

  const onSubmit = (event: FormEvent) => {
    event.preventDefault()
    if (value === current) return
    setStatus(null)
    const settle = () => {
      setChoice(null)
      // The button goes disabled under the user's focus; keep them at the control.
      select.current?.focus()
    }
    update.mutate(toBody(value), {
      onSuccess: (user) => {
        const text = switched(user)
        setStatus({ error: false, text })
        announce(text)
        settle()
      },
      onError: (error) => {
        const text = errorMessage(error, profileStrings.errors)
        setStatus({ error: true, text })
        announce(strings.notSwitched(text))
        settle()
      },
    })
  }

  return (
    <form noValidate onSubmit={onSubmit} className="switch-select">
      <Field
        label={label}
        description={description}
        error={status?.error ? strings.notSwitched(status.text) : undefined}
        after={
          <Button
            type="submit"
            busy={update.isPending}
            disabled={value === current || update.isPending}
          >
            {update.isPending ? strings.switching : buttonLabel}
          </Button>
        }
      >
        <select
          ref={select}
          autoComplete="off"
          value={value}
          onChange={(event) => {
            setChoice(event.target.value)
            setStatus(null)
          }}
        >
          {options.map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ))}
        </select>
      </Field>
      {status && !status.error ? <p className="form-status">{status.text}</p> : null}
    </form>
  )
}
