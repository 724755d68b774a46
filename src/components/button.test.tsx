import { render, screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { createRef } from 'react'
import { describe, expect, it, vi } from 'vitest'
import { Button } from './button'

describe('Button', () => {
  it('forwards its ref to the <button>', () => {
    const ref = createRef<HTMLButtonElement>()
    render(<Button ref={ref}>Save</Button>)
    expect(ref.current).toBe(screen.getByRole('button', { name: 'Save' }))
  })

  it('focusable: disabled is aria-disabled, stays focusable and ignores clicks', async () => {
    const onClick = vi.fn()
    render(
      <Button focusable disabled busy onClick={onClick}>
        Resend
      </Button>,
    )
    const button = screen.getByRole('button', { name: 'Resend' })
    expect(button).toBeEnabled()
    expect(button).toHaveAttribute('aria-disabled', 'true')
    expect(button).toHaveAttribute('aria-busy', 'true')
    await userEvent.setup().click(button)
    expect(button).toHaveFocus()
    expect(onClick).not.toHaveBeenCalled()
  })
})
