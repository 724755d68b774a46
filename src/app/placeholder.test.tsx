import { render, screen } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { Placeholder } from './placeholder'

describe('Placeholder', () => {
  it('shows the page heading and links to the dev mailbox', () => {
    render(<Placeholder />)

    expect(screen.getByRole('heading', { level: 1, name: 'Account settings' })).toBeInTheDocument()
    expect(screen.getByRole('link', { name: 'dev mailbox' })).toHaveAttribute('href', '/_dev/mail')
  })
})
