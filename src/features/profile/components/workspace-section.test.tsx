import { screen, waitFor } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { exampleUser } from '../../../../contract/example-user'
import type { User, UserUpdate } from '../../../../contract/user'
import { apiPaths } from '../../../config/paths'
import { apiError, http, HttpResponse, makeUser, server } from '../../../testing/msw'
import { renderWithApp } from '../../../testing/render'
import { WorkspaceSection } from './workspace-section'
import { announcer } from '../../../testing/announcer'

const acme = exampleUser.organization
const globex = {
  ...acme,
  id: '0190a4c2-8000-7000-8000-0000000000bb',
  name: 'Globex',
  slug: 'globex',
  teams: [{ id: 7, name: 'Web', uuid: '0190a4c2-8000-7000-8000-000000000007' }],
}
const team = (id: number, name: string, organization: string) => ({
  ...exampleUser.team,
  id,
  name,
  organization,
  uuid: `0190a4c2-8000-7000-8000-00000000000${id}`,
})
const staging = { id: 2, name: 'Staging', uuid: '0190a4c2-8000-7000-8000-000000000002' }

const ada = makeUser({
  organization: { ...acme, teams: [...acme.teams, staging] },
  organizations: [
    exampleUser.organizations[0]!,
    { ...exampleUser.organizations[0]!, id: globex.id, name: 'Globex', slug: 'globex' },
  ],
})

/** The server: PATCH switches as PostHog does and records what it was sent; GET answers it. */
function acceptSwitches(bodies: UserUpdate[]) {
  let current: User = ada
  server.use(
    http.patch(apiPaths.me, async ({ request }) => {
      const body = (await request.json()) as UserUpdate
      bodies.push(body)
      if (body.set_current_organization === globex.id)
        current = makeUser({ ...ada, organization: globex, team: team(7, 'Web', globex.id) })
      if (body.set_current_team === 2)
        current = makeUser({ ...ada, team: team(2, 'Staging', acme.id) })
      return HttpResponse.json(current)
    }),
    http.get(apiPaths.me, () => HttpResponse.json(current)),
  )
}

describe('WorkspaceSection', () => {
  it('switches organization as soon as it is chosen, then shows the new projects', async () => {
    const bodies: UserUpdate[] = []
    acceptSwitches(bodies)
    const { user } = renderWithApp(<WorkspaceSection />, { user: ada })
    const organization = screen.getByLabelText('Current organization')
    expect(organization).toHaveDisplayValue('Acme')
    // No Switch button: a select that is a setting of its own saves when chosen (ADR 0012).
    expect(screen.queryByRole('button')).not.toBeInTheDocument()
    await user.selectOptions(organization, 'Globex')
    expect(organization).toHaveDisplayValue('Globex')
    expect(await screen.findByText('Saved')).toBeVisible()
    expect(bodies).toEqual([{ set_current_organization: globex.id }])
    expect(screen.getByLabelText('Current project')).toHaveDisplayValue('Web')
    expect(organization).toHaveFocus()
    await waitFor(() =>
      expect(announcer()).toHaveTextContent('Switched to Globex. Your project is now Web.'),
    )
  })

  it('switches project with set_current_team', async () => {
    const bodies: UserUpdate[] = []
    acceptSwitches(bodies)
    const { user } = renderWithApp(<WorkspaceSection />, { user: ada })
    await user.selectOptions(screen.getByLabelText('Current project'), 'Staging')
    expect(await screen.findByText('Saved')).toBeVisible()
    expect(bodies).toEqual([{ set_current_team: 2 }])
    expect(screen.getByLabelText('Current project')).toHaveDisplayValue('Staging')
    await waitFor(() => expect(announcer()).toHaveTextContent('Switched to the Staging project.'))
  })

  it('puts the select back and says why when a switch fails', async () => {
    server.use(
      http.get(apiPaths.me, () => HttpResponse.json(ada)),
      http.patch(apiPaths.me, () =>
        apiError(
          400,
          'does_not_exist',
          `Object with id=${globex.id} does not exist.`,
          'set_current_organization',
        ),
      ),
    )
    const { user } = renderWithApp(<WorkspaceSection />, { user: ada })
    const organization = screen.getByLabelText('Current organization')
    await user.selectOptions(organization, 'Globex')
    expect(await screen.findByText('Not saved')).toBeVisible()
    expect(organization).toHaveDisplayValue('Acme')
    expect(organization).toHaveAccessibleDescription(/That no longer exists/)
    expect(organization).toHaveFocus()
    await waitFor(() =>
      expect(announcer()).toHaveTextContent('Not switched. That no longer exists'),
    )
  })

  it('says so when the user is in no organization', () => {
    renderWithApp(<WorkspaceSection />, {
      user: makeUser({ organization: null, organizations: [], team: null }),
    })
    expect(screen.getByText(/You're not in an organization yet\./)).toBeInTheDocument()
    expect(screen.queryByLabelText('Current organization')).not.toBeInTheDocument()
  })
})
