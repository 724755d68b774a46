import { render, screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it, vi } from 'vitest'
import { OneTimeCodeInput } from './one-time-code-input'

const setup = (props: Parameters<typeof OneTimeCodeInput>[0] = {}) => {
  const onComplete = vi.fn()
  render(<OneTimeCodeInput aria-label="Code" onComplete={onComplete} {...props} />)
  return { user: userEvent.setup(), field: screen.getByLabelText('Code'), onComplete }
}

describe('OneTimeCodeInput', () => {
  it('asks for the numeric keyboard and one-time-code autofill', () => {
    const { field } = setup()
    expect(field).toHaveAttribute('inputmode', 'numeric')
    expect(field).toHaveAttribute('autocomplete', 'one-time-code')
  })

  it('normalises a pasted code and completes at the sixth digit', async () => {
    const { user, field, onComplete } = setup()
    await user.click(field)
    await user.paste('123-45')
    expect(field).toHaveValue('12345')
    expect(onComplete).not.toHaveBeenCalled()
    await user.type(field, '6')
    expect(onComplete).toHaveBeenCalledWith('123456')
  })

  it('takes its own normaliser and the text keyboard for backup codes', async () => {
    const { user, field, onComplete } = setup({ keyboard: 'text', normalise: (v) => v.trim() })
    expect(field).toHaveAttribute('inputmode', 'text')
    await user.click(field)
    await user.paste(' abcd2345 ')
    expect(field).toHaveValue('abcd2345')
    expect(onComplete).not.toHaveBeenCalled()
  })
})
