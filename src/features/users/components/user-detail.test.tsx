import { screen, waitFor, within } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { apiPaths } from '../../../config/paths'
import { apiError, http, json, makeUser, server } from '../../../testing/msw'
import { renderWithApp } from '../../../testing/render'
import { BackToUsers, UserDetail } from './user-detail'
import { expectBoundaryErrors } from '../../../testing/boundary'

const alan = makeUser({
  uuid: 'u-alan',
  email: 'alan@example.com',
  first_name: 'Alan',
  last_name: 'Turing',
  pending_email: 'turing@example.com',
  is_email_verified: null,
  is_staff: false,
  is_2fa_enabled: true,
  organizations: [],
  role_at_organization: 'engineering',
})

const renderDetail = (uuid = 'u-alan') =>
  renderWithApp(
    <>
      <BackToUsers />
      <UserDetail uuid={uuid} />
    </>,
    { path: `/settings/users/${uuid}` },
  )

/** Finds the <dd> that follows a <dt> with this text (no Testing Library query ties the two). */
const detail = (term: string) =>
  // eslint-disable-next-line testing-library/no-node-access
  screen.getByText(term, { selector: 'dt' }).nextElementSibling

describe('UserDetail', () => {
  it("shows the user's main fields", async () => {
    server.use(http.get(apiPaths.user('u-alan'), () => json(alan)))
    renderDetail()
    expect(screen.getByRole('status', { name: 'Loading user' })).toBeInTheDocument()
    expect(await screen.findByRole('heading', { name: 'Alan Turing' })).toBeInTheDocument()
    expect(detail('Email')).toHaveTextContent('alan@example.com')
    expect(detail('Pending email change')).toHaveTextContent('turing@example.com')
    expect(detail('Email verified')).toHaveTextContent('Yes (account predates verification)')
    expect(detail('Staff')).toHaveTextContent('No')
    expect(detail('Two-factor authentication')).toHaveTextContent('Enabled')
    expect(detail('Organizations')).toHaveTextContent('None')
    expect(detail('Role')).toHaveTextContent('Engineering')
    // The machine-readable date is an attribute of <time>, which has no role to query by.
    // eslint-disable-next-line testing-library/no-node-access
    expect(detail('Date joined')?.querySelector('time')).toHaveAttribute(
      'datetime',
      alan.date_joined,
    )
    expect(screen.getByRole('link', { name: 'Back to users' })).toHaveAttribute(
      'href',
      '/settings/users',
    )
  })

  it('lists the organizations', async () => {
    const member = makeUser({ uuid: 'u-ada' })
    server.use(http.get(apiPaths.user('u-ada'), () => json(member)))
    renderDetail('u-ada')
    await screen.findByRole('heading', { level: 2 })
    const names = member.organizations.map((org) => org.name)
    expect(names.length).toBeGreaterThan(0)
    const items = within(detail('Organizations') as HTMLElement).getAllByRole('listitem')
    expect(items.map((item) => item.textContent)).toEqual(names)
  })

  it('says clearly when there is no user with this ID', async () => {
    server.use(http.get(apiPaths.user('nope'), () => apiError(404, 'not_found', 'Not found.')))
    renderDetail('nope')
    expect(await screen.findByRole('heading', { name: 'No user with this ID' })).toBeInTheDocument()
    expect(screen.queryByRole('button', { name: 'Try again' })).not.toBeInTheDocument()
  })

  it('offers a retry when loading fails', async () => {
    expectBoundaryErrors()
    let calls = 0
    server.use(
      http.get(apiPaths.user('u-alan'), () =>
        ++calls === 1 ? apiError(500, 'error', 'A server error occurred.') : json(alan),
      ),
    )
    const { user } = renderDetail()
    expect(await screen.findByRole('alert')).toHaveTextContent("This section couldn't load.")
    await user.click(screen.getByRole('button', { name: 'Try again' }))
    expect(await screen.findByRole('heading', { name: 'Alan Turing' })).toBeInTheDocument()
  })

  it('goes back to the list page and filters it came from', async () => {
    server.use(http.get(apiPaths.user('u-alan'), () => json(alan)))
    const { router } = renderDetail()
    await router.navigate('/settings/users/u-alan', {
      state: { listSearch: '?staff=false&page=2' },
    })
    await waitFor(() =>
      expect(screen.getByRole('link', { name: 'Back to users' })).toHaveAttribute(
        'href',
        '/settings/users?staff=false&page=2',
      ),
    )
  })
})
