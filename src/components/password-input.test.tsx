import { render, screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it } from 'vitest'
import { PasswordField } from './password-input'

function renderField() {
  render(
    <form onSubmit={(event) => event.preventDefault()}>
      <PasswordField label="Password" showLabel="Show password" hideLabel="Hide password" />
      <button type="submit">Send</button>
    </form>,
  )
  return userEvent.setup()
}

const input = () => screen.getByLabelText('Password')

describe('PasswordField', () => {
  it('shows and hides the password with a button named for what it does next', async () => {
    const user = renderField()
    expect(input()).toHaveAttribute('type', 'password')
    await user.click(screen.getByRole('button', { name: 'Show password' }))
    expect(input()).toHaveAttribute('type', 'text')
    const hide = screen.getByRole('button', { name: 'Hide password' })
    expect(hide).toHaveFocus()
    await user.click(hide)
    expect(input()).toHaveAttribute('type', 'password')
  })

  it('names the button by its words alone, no pressed state besides', () => {
    renderField()
    const toggle = screen.getByRole('button', { name: 'Show password' })
    expect(toggle).toHaveAttribute('type', 'button')
    expect(toggle).not.toHaveAttribute('aria-pressed')
    expect(toggle).toHaveTextContent(/^Show password$/)
  })

  it('masks the password again when the form is sent', async () => {
    const user = renderField()
    await user.type(input(), 'secret')
    await user.click(screen.getByRole('button', { name: 'Show password' }))
    await user.click(screen.getByRole('button', { name: 'Send' }))
    expect(input()).toHaveAttribute('type', 'password')
    expect(input()).toHaveValue('secret')
  })
})
