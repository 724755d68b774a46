import { render, screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it } from 'vitest'
import { EmailInput } from './email-input'
import { Field } from './field'

describe('EmailInput', () => {
  it('is a labelled email field that names its autofill purpose', () => {
    render(
      <Field label="Email" error="Enter an email address.">
        <EmailInput autoComplete="username webauthn" />
      </Field>,
    )
    const field = screen.getByRole('textbox', { name: 'Email' })
    expect(field).toHaveAttribute('type', 'email')
    expect(field).toHaveAttribute('autocomplete', 'username webauthn')
    expect(field).toHaveAttribute('inputmode', 'email')
    expect(field).toHaveAttribute('autocapitalize', 'none')
    expect(field).toHaveAttribute('spellcheck', 'false')
    expect(field).toBeInvalid()
    expect(field).toHaveAccessibleDescription('Enter an email address.')
  })

  it('takes no more than 254 characters, the longest deliverable address', async () => {
    const user = userEvent.setup()
    render(
      <Field label="Email">
        <EmailInput autoComplete="email" />
      </Field>,
    )
    const field = screen.getByRole('textbox', { name: 'Email' })
    await user.click(field)
    await user.paste(`${'a'.repeat(300)}@example.com`)
    expect(field).toHaveValue('a'.repeat(254))
  })
})
