import { screen, waitFor, within } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { apiError, HttpResponse, makeUser } from '../../../testing/msw'
import { alan, ada, grace, listHandler, page, renderList } from '../testing'
import { expectBoundaryErrors } from '../../../testing/boundary'

describe('UsersList', () => {
  it('shows the users in a table with their tags and links', async () => {
    const requests = listHandler(() => page([ada, grace, alan]))
    renderList()
    expect(screen.getByRole('status', { name: 'Loading users' })).toBeInTheDocument()
    const table = await screen.findByRole('table', { name: 'Users' })
    expect(screen.getByText('Showing 1–3 of 3 users')).toBeInTheDocument()
    const rows = within(table).getAllByRole('row').slice(1)
    expect(rows).toHaveLength(3)
    expect(within(rows[0]!).getByText('Ada Lovelace')).toBeInTheDocument()
    expect(within(rows[1]!).getByText('Staff')).toBeInTheDocument()
    expect(within(rows[1]!).getByText('On')).toBeInTheDocument()
    expect(within(rows[2]!).getAllByRole('cell')[0]).toHaveTextContent(/^alan@example\.comJoined/)
    expect(screen.getByRole('link', { name: 'alan@example.com' })).toHaveAttribute(
      'href',
      '/settings/users/u-alan',
    )
    const joined = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium' }).format(
      new Date(ada.date_joined),
    )
    // Once in its column and once under the email for narrow screens; CSS shows one of them.
    expect(within(rows[0]!).getAllByText(joined)).toHaveLength(2)
    expect(requests[0]?.toString()).toBe('limit=20&offset=0')
    expect(screen.queryByRole('navigation', { name: 'Pages' })).not.toBeInTheDocument()
  })

  it('sends the email and staff filters and keeps them in the URL', async () => {
    const requests = listHandler((query) =>
      query.get('email') === 'alan@example.com'
        ? page([alan])
        : query.get('is_staff') === 'true'
          ? page([grace])
          : page([ada, grace, alan]),
    )
    const { user, router } = renderList()
    await screen.findByRole('table')
    expect(screen.getByLabelText('Name or email')).toHaveAccessibleDescription(
      /PostHog’s email filter matches the exact address only/,
    )

    await user.selectOptions(screen.getByLabelText('Staff'), 'Staff only')
    await waitFor(() => expect(screen.getAllByRole('row')).toHaveLength(2))
    expect(requests.at(-1)?.get('is_staff')).toBe('true')
    expect(router.state.location.search).toBe('?staff=true')

    await user.selectOptions(screen.getByLabelText('Staff'), 'All')
    await user.type(screen.getByLabelText('Name or email'), '  alan@example.com ')
    await user.click(screen.getByRole('button', { name: 'Search' }))
    expect(await screen.findByText('Showing 1–1 of 1 user')).toBeInTheDocument()
    expect(requests.at(-1)?.toString()).toBe('email=alan%40example.com&limit=20&offset=0')
    expect(router.state.location.search).toBe('?email=alan%40example.com')

    await user.click(screen.getByRole('button', { name: 'Clear' }))
    await waitFor(() => expect(screen.getAllByRole('row')).toHaveLength(4))
    expect(screen.getByLabelText('Name or email')).toHaveValue('')
  })

  it('reads the filters and page from the URL', async () => {
    const requests = listHandler(() => page([ada], 21))
    const { router } = renderList()
    await screen.findByRole('table')
    await router.navigate('/settings/users?staff=false&page=2&email=ada@example.com')
    await waitFor(() => expect(requests).toHaveLength(2))
    expect(requests[1]?.toString()).toBe(
      'email=ada%40example.com&is_staff=false&limit=20&offset=20',
    )
    expect(await screen.findByLabelText('Name or email')).toHaveValue('ada@example.com')
    expect(screen.getByLabelText('Staff')).toHaveValue('false')
  })

  it('pages with Previous and Next, keeping the old rows while the next page loads', async () => {
    const people = Array.from({ length: 45 }, (_, i) =>
      makeUser({ uuid: `u-${i}`, email: `person${i + 1}@example.com` }),
    )
    let release: () => void = () => {}
    const requests = listHandler(async (query) => {
      const offset = Number(query.get('offset'))
      if (offset === 20) await new Promise<void>((resolve) => (release = resolve))
      return page(people.slice(offset, offset + 20), people.length)
    })
    const { user, router } = renderList()
    expect(await screen.findByText('Showing 1–20 of 45 users')).toBeInTheDocument()
    const previous = screen.getByRole('button', { name: 'Previous' })
    expect(previous).toHaveAttribute('aria-disabled', 'true')
    await user.click(previous)
    expect(requests).toHaveLength(1)

    await user.click(screen.getByRole('button', { name: 'Next' }))
    await waitFor(() => expect(screen.getByRole('table')).toHaveAttribute('aria-busy', 'true'))
    expect(screen.getByRole('link', { name: 'person1@example.com' })).toBeInTheDocument()
    release()
    expect(await screen.findByRole('link', { name: 'person21@example.com' })).toBeInTheDocument()
    expect(screen.getByRole('table')).toHaveAttribute('aria-busy', 'false')
    expect(screen.getByText('Showing 21–40 of 45 users')).toBeInTheDocument()
    expect(router.state.location.search).toBe('?page=2')

    await user.click(screen.getByRole('button', { name: 'Next' }))
    expect(await screen.findByText('Showing 41–45 of 45 users')).toBeInTheDocument()
    const next = screen.getByRole('button', { name: 'Next' })
    expect(next).toHaveAttribute('aria-disabled', 'true')
    expect(next).toHaveFocus()
    expect(requests.map((q) => q.get('offset'))).toEqual(['0', '20', '40'])

    await user.click(screen.getByRole('button', { name: 'Previous' }))
    expect(await screen.findByText('Showing 21–40 of 45 users')).toBeInTheDocument()
  })

  it('says when nothing matches and offers to clear the filters', async () => {
    listHandler((query) => (query.has('email') ? page([]) : page([ada, grace, alan])))
    const { user, router } = renderList()
    await screen.findByRole('table')
    await user.type(screen.getByLabelText('Name or email'), 'alan')
    await user.click(screen.getByRole('button', { name: 'Search' }))
    expect(await screen.findByText('No users found')).toBeInTheDocument()
    expect(screen.getByText(/No user has the email alan\./)).toBeInTheDocument()
    expect(screen.queryByRole('table')).not.toBeInTheDocument()
    await user.click(screen.getByRole('button', { name: 'Clear filters' }))
    expect(await screen.findByRole('table')).toBeInTheDocument()
    expect(router.state.location.search).toBe('')
  })

  it('offers the first page when the URL points past the end', async () => {
    listHandler((query) => (query.get('offset') === '0' ? page([ada], 1) : page([], 1)))
    const { user, router } = renderList()
    await screen.findByRole('table')
    await router.navigate('/settings/users?page=4')
    await user.click(await screen.findByRole('button', { name: 'Go to the first page' }))
    expect(await screen.findByRole('table')).toBeInTheDocument()
    expect(router.state.location.search).toBe('')
  })

  it('shows an error with a retry that loads the list', async () => {
    expectBoundaryErrors()
    let fail = true
    listHandler(() =>
      fail ? apiError(500, 'error', 'A server error occurred.') : page([ada, grace, alan]),
    )
    const { user } = renderList()
    const alert = await screen.findByRole('alert')
    expect(alert).toHaveTextContent("This section couldn't load.")
    // The filters stay usable while the results failed.
    expect(screen.getByLabelText('Name or email')).toBeEnabled()
    fail = false
    await user.click(screen.getByRole('button', { name: 'Try again' }))
    expect(await screen.findByRole('table')).toBeInTheDocument()
    expect(screen.queryByRole('alert')).not.toBeInTheDocument()
  })

  it('explains a network failure', async () => {
    expectBoundaryErrors()
    listHandler(() => HttpResponse.error())
    renderList()
    expect(await screen.findByRole('alert')).toHaveTextContent("We couldn't reach the server.")
  })
})
