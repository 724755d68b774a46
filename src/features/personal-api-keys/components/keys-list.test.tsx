import { screen, within } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { MAX_PERSONAL_API_KEYS } from '../../../../contract/personal-api-keys'
import { apiPaths } from '../../../config/paths'
import { expectBoundaryErrors } from '../../../testing/boundary'
import { apiError, http, HttpResponse, server } from '../../../testing/msw'
import { keysServer, makeKey, ORG_ID, renderKeysPage, renderLoaded } from '../testing'

const facts = (name: string) => {
  const item = screen.getByRole('listitem', { name })
  const out: Record<string, string> = {}
  const values = within(item).getAllByRole('definition')
  within(item)
    .getAllByRole('term')
    .forEach((term, index) => (out[term.textContent!] = values[index]!.textContent!))
  return out
}

describe('the list of personal API keys', () => {
  it('shows each key’s name, masked value, scopes, projects and dates', async () => {
    const hourAgo = new Date(Date.now() - 3600_000).toISOString()
    keysServer([
      makeKey({
        label: 'CI deploy',
        mask_value: 'phx_...9Tq2',
        scopes: ['insight:read', 'dashboard:read'],
        scoped_teams: [2],
        last_used_at: hourAgo,
        last_rolled_at: null,
      }),
      makeKey({ label: 'Flags', scopes: ['feature_flag:read'], scoped_teams: null }),
      makeKey({ label: 'Everything', scopes: ['*'], scoped_organizations: [ORG_ID] }),
      makeKey({ label: 'Old style', scopes: [], is_legacy_hashing: true }),
      makeKey({ label: 'Mixed', scopes: ['insight:write', 'dashboard:read', 'cohort:read'] }),
    ])
    await renderLoaded()
    expect(facts('CI deploy')).toEqual({
      Key: 'phx_...9Tq2',
      Access: 'Read-only: 2 scopes',
      Projects: 'Mobile app',
      Created: 'Nov 1, 2026',
      'Last used': '1 hour ago',
      'Last rolled': 'Never',
    })
    expect(facts('Flags')).toMatchObject({
      Access: 'Local feature flag evaluation',
      Projects: 'All projects',
      'Last used': 'Never',
    })
    expect(facts('Everything')).toMatchObject({
      Access: 'All access',
      Projects: 'Organizations: Acme',
    })
    // An empty stored list is all access, as PostHog's UI reads it.
    expect(facts('Old style')).toMatchObject({ Access: 'All access' })
    expect(
      within(screen.getByRole('listitem', { name: 'Old style' })).getByText('Legacy'),
    ).toHaveAttribute('title', 'This key uses legacy hashing. Roll or delete it to upgrade.')
    expect(facts('Mixed')).toMatchObject({ Access: '3 scopes, 1 with write access' })
    for (const action of ['Edit', 'Roll', 'Delete'])
      expect(screen.getByRole('button', { name: `${action} CI deploy` })).toBeInTheDocument()
  })

  it('with no keys: says so and offers to create one', async () => {
    keysServer([])
    await renderLoaded()
    expect(screen.getByText(/You have no personal API keys yet/)).toBeInTheDocument()
    expect(screen.getByRole('button', { name: 'Create a key' })).not.toHaveAttribute(
      'aria-disabled',
    )
  })

  it('at the limit: Create stays focusable but disabled, and says why', async () => {
    keysServer(Array.from({ length: MAX_PERSONAL_API_KEYS }, () => makeKey()))
    const { user } = await renderLoaded()
    const create = screen.getByRole('button', { name: 'Create a key' })
    expect(create).toHaveAttribute('aria-disabled', 'true')
    expect(create).toHaveAccessibleDescription(
      'You have 10 keys, the most PostHog allows. Delete a key you no longer use to create a new one.',
    )
    await user.click(create)
    expect(screen.queryByRole('dialog')).toBeNull()
  })

  it('shows a skeleton while loading', async () => {
    keysServer([makeKey({ label: 'CI deploy' })])
    renderKeysPage()
    expect(screen.getByRole('status', { name: 'Loading your personal API keys' })).toHaveAttribute(
      'aria-busy',
      'true',
    )
    expect(await screen.findByRole('listitem', { name: 'CI deploy' })).toBeInTheDocument()
  })

  it('a server error says so, keeps the heading, and Try again loads it', async () => {
    expectBoundaryErrors()
    keysServer([makeKey({ label: 'CI deploy' })])
    server.use(
      http.get(apiPaths.personalApiKeys, () => apiError(500, 'error', 'Server error'), {
        once: true,
      }),
    )
    const { user } = renderKeysPage()
    const alert = await screen.findByRole('alert')
    expect(alert).toHaveTextContent('Something went wrong on our side. Try again in a moment.')
    expect(screen.getByRole('heading', { name: 'Your keys' })).toBeInTheDocument()
    await user.click(within(alert).getByRole('button', { name: 'Try again' }))
    expect(await screen.findByRole('listitem', { name: 'CI deploy' })).toBeInTheDocument()
  })

  it('offline: says the server can’t be reached', async () => {
    expectBoundaryErrors()
    keysServer([])
    server.use(http.get(apiPaths.personalApiKeys, () => HttpResponse.error()))
    renderKeysPage()
    expect(await screen.findByRole('alert')).toHaveTextContent(
      "We couldn't reach the server. Check your connection and try again.",
    )
  })
})
