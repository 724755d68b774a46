import { render, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { useState } from 'react'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { ConfirmActionDialog, ConfirmDialog } from './confirm-dialog'

/**
 * showModal as the HTML standard's dialog focusing steps have it (jsdom's stand-in in
 * src/testing/setup.ts focuses nothing): the first `autofocus` descendant, else the first
 * focusable one, which here is the destructive button.
 */
function browserShowModal(this: HTMLDialogElement) {
  this.setAttribute('open', '')
  // The browser's side of the contract, not an assertion: it walks the DOM as the standard does.
  /* eslint-disable testing-library/no-node-access */
  const target =
    this.querySelector<HTMLElement>('[autofocus]') ??
    this.querySelector<HTMLElement>('button:not(:disabled), input, a[href], [tabindex]')
  /* eslint-enable testing-library/no-node-access */
  target?.focus()
}

const words = {
  title: 'Turn off two-factor authentication?',
  consequences: <p>Signing in will need only your password.</p>,
  confirmLabel: 'Turn off',
  busyLabel: 'Turning off…',
  cancelLabel: 'Cancel',
}

/** Every element that got focus, by its text, from the moment the test starts. */
let focused: string[] = []
const record = (event: FocusEvent) => focused.push((event.target as HTMLElement).textContent ?? '')

beforeEach(() => {
  vi.spyOn(HTMLDialogElement.prototype, 'showModal').mockImplementation(browserShowModal)
  focused = []
  document.addEventListener('focusin', record)
})
afterEach(() => {
  document.removeEventListener('focusin', record)
  vi.restoreAllMocks()
})

function Opener({ action }: { action?: boolean }) {
  const [open, setOpen] = useState(false)
  const close = () => setOpen(false)
  return (
    <>
      <button onClick={() => setOpen(true)}>Open</button>
      {action ? (
        <ConfirmActionDialog
          {...words}
          open={open}
          action={{ mutate: vi.fn(), isPending: false }}
          onDone={close}
          onCancel={close}
        />
      ) : (
        <ConfirmDialog
          {...words}
          open={open}
          busy={false}
          failure={null}
          onConfirm={vi.fn()}
          onCancel={close}
        />
      )}
    </>
  )
}

describe.each([
  ['ConfirmDialog', false],
  ['ConfirmActionDialog', true],
])('%s', (_name, action) => {
  it('opens on the safe button, never passing through the destructive one', async () => {
    const user = userEvent.setup()
    render(<Opener action={action} />)
    await user.click(screen.getByRole('button', { name: 'Open' }))
    const dialog = screen.getByRole('dialog', { name: words.title })
    expect(within(dialog).getByRole('button', { name: 'Cancel' })).toHaveFocus()
    // A screen reader would have announced "Turn off" first, and a held Enter would act.
    expect(focused).not.toContain('Turn off')
    expect(within(dialog).getByRole('button', { name: 'Turn off' })).toHaveClass('btn-danger')
  })

  it('a stray Enter cancels, and focus goes back to the opener', async () => {
    const user = userEvent.setup()
    render(<Opener action={action} />)
    await user.click(screen.getByRole('button', { name: 'Open' }))
    await user.keyboard('{Enter}')
    expect(screen.queryByRole('dialog')).toBeNull()
    expect(screen.getByRole('button', { name: 'Open' })).toHaveFocus()
  })

  it('opens on the safe button again the second time', async () => {
    const user = userEvent.setup()
    render(<Opener action={action} />)
    await user.click(screen.getByRole('button', { name: 'Open' }))
    await user.click(screen.getByRole('button', { name: 'Cancel' }))
    focused = []
    await user.click(screen.getByRole('button', { name: 'Open' }))
    expect(screen.getByRole('button', { name: 'Cancel' })).toHaveFocus()
    expect(focused).not.toContain('Turn off')
  })
})
