import { screen, waitFor, within } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { alan, ada, grace, listHandler, page, renderList } from '../testing'

describe('UsersList, typing in the field', () => {
  it('filters the loaded page as one types: partial, any case, on name and email', async () => {
    const requests = listHandler(() => page([ada, grace, alan], 45))
    const { user, router } = renderList()
    const table = await screen.findByRole('table')
    const field = screen.getByLabelText('Name or email')

    await user.type(field, 'ada')
    expect(within(table).getAllByRole('row')).toHaveLength(2)
    expect(within(table).getByRole('link', { name: 'ada@example.com' })).toBeInTheDocument()
    expect(
      screen.getByText(
        '1 user on this page matches “ada”. Search looks through all users for a whole address.',
      ),
    ).toHaveRole('status')
    await user.clear(field)
    await user.type(field, 'ADA')
    expect(within(table).getByRole('link', { name: 'ada@example.com' })).toBeInTheDocument()
    expect(within(table).getAllByRole('row')).toHaveLength(2)
    // By name as well: "hop" is in Grace Hopper, not in her address.
    await user.clear(field)
    await user.type(field, 'hop')
    expect(within(table).getByRole('link', { name: 'grace@example.com' })).toBeInTheDocument()
    expect(within(table).getAllByRole('row')).toHaveLength(2)
    // Typing never asks the server, nor changes the URL.
    expect(requests).toHaveLength(1)
    expect(router.state.location.search).toBe('')

    await user.clear(field)
    await user.type(field, 'zed')
    expect(screen.queryByRole('table')).not.toBeInTheDocument()
    expect(screen.getByText('No users found')).toBeInTheDocument()
    expect(
      screen.getByText(
        'No user on this page has “zed” in their name or email. To look through all users, type the whole address, like ada@example.com, and press Search.',
      ),
    ).toHaveRole('status')
    // The pager still reaches the other pages, where the filter applies too.
    expect(screen.getByRole('navigation', { name: 'Pages' })).toBeInTheDocument()

    // Clear empties the field and shows the whole page again, still without a request.
    await user.click(screen.getByRole('button', { name: 'Clear' }))
    expect(field).toHaveValue('')
    expect(await screen.findByText('Showing 1–3 of 45 users')).toBeInTheDocument()
    expect(requests).toHaveLength(1)
  })

  it('still asks the server for the exact address on Enter', async () => {
    const requests = listHandler((query) =>
      query.get('email') === 'ada@example.com' ? page([ada]) : page([grace, alan]),
    )
    const { user, router } = renderList()
    await screen.findByRole('table')
    // Ada is not on the loaded page: the page filter finds nothing, the server does.
    await user.type(screen.getByLabelText('Name or email'), 'ada@example.com')
    expect(screen.getByText(/No user on this page has/)).toBeInTheDocument()
    await user.keyboard('{Enter}')
    expect(await screen.findByText('Showing 1–1 of 1 user')).toBeInTheDocument()
    expect(screen.getByRole('link', { name: 'ada@example.com' })).toBeInTheDocument()
    expect(requests.at(-1)?.get('email')).toBe('ada@example.com')
    expect(router.state.location.search).toBe('?email=ada%40example.com')
    // Back shows the unfiltered list, and the field follows.
    await router.navigate(-1)
    await waitFor(() => expect(screen.getByLabelText('Name or email')).toHaveValue(''))
  })
})
