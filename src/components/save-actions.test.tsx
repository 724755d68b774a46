import { render, screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { useState, type FormEvent } from 'react'
import { describe, expect, it, vi } from 'vitest'
import { FormFooter } from './form-error'
import { SaveActions } from './save-actions'

const labels = { save: 'Save', saving: 'Saving…', saved: 'Saved' }

/** A form whose save runs until `onSave`'s promise settles, with SaveActions or FormFooter. */
function SavingForm({
  footer,
  onSave,
}: {
  footer: 'actions' | 'footer'
  onSave: () => Promise<void> | undefined
}) {
  const [value, setValue] = useState('')
  const [saved, setSaved] = useState('')
  const [pending, setPending] = useState(false)
  const dirty = value !== saved
  const submit = (event: FormEvent) => {
    event.preventDefault()
    setPending(true)
    void Promise.resolve(onSave()).then(() => {
      setSaved(value)
      setPending(false)
    })
  }
  return (
    <form onSubmit={submit}>
      <label>
        Name
        <input value={value} onChange={(event) => setValue(event.target.value)} />
      </label>
      {footer === 'actions' ? (
        <SaveActions pending={pending} dirty={dirty} saved={saved !== ''} labels={labels} />
      ) : (
        <FormFooter label="Save" busyLabel="Saving…" busy={pending} disabled={!dirty} />
      )}
    </form>
  )
}

describe.each(['actions', 'footer'] as const)('the submit button of %s', (footer) => {
  it('keeps focus while the save runs and after it, instead of dropping it to <body>', async () => {
    let release = () => {}
    const held = new Promise<void>((resolve) => (release = resolve))
    const onSave = vi.fn(() => held)
    const user = userEvent.setup()
    render(<SavingForm footer={footer} onSave={onSave} />)
    await user.type(screen.getByLabelText('Name'), 'Ada')
    await user.click(screen.getByRole('button', { name: 'Save' }))
    const busy = screen.getByRole('button', { name: 'Saving…' })
    expect(busy).toHaveFocus()
    expect(busy).toHaveAttribute('aria-disabled', 'true')
    // A second press while it runs does nothing.
    await user.click(busy)
    expect(busy).toHaveFocus()
    release()
    const done = await screen.findByRole('button', { name: 'Save' })
    expect(done).toHaveFocus()
    expect(onSave).toHaveBeenCalledTimes(1)
  })

  it('keeps focus in the field on Enter, and Enter does nothing until something changed', async () => {
    const onSave = vi.fn()
    const user = userEvent.setup()
    render(<SavingForm footer={footer} onSave={onSave} />)
    const field = screen.getByLabelText('Name')
    await user.type(field, '{Enter}')
    expect(onSave).not.toHaveBeenCalled()
    await user.type(field, 'Ada{Enter}')
    expect(onSave).toHaveBeenCalledTimes(1)
    expect(field).toHaveFocus()
    expect(await screen.findByRole('button', { name: 'Save' })).toHaveAttribute(
      'aria-disabled',
      'true',
    )
    expect(field).toHaveFocus()
  })
})
