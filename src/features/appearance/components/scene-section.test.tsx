import { screen, waitFor } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import type { User } from '../../../../contract/user'
import { apiPaths } from '../../../config/paths'
import { currentUserQuery } from '../../../lib/current-user'
import { apiError, http, HttpResponse, makeUser, server } from '../../../testing/msw'
import { renderWithApp } from '../../../testing/render'
import { SceneSection } from './scene-section'
import { expectBoundaryErrors } from '../../../testing/boundary'
import { announcer } from '../../../testing/announcer'

const dashboards = [
  { id: 7, name: 'Product analytics', description: '', pinned: true },
  { id: 8, name: 'Web analytics', description: '', pinned: false },
]

function fakeApi(user: User, pages: (typeof dashboards)[] = [dashboards]) {
  let current = user
  const bodies: unknown[] = []
  server.use(
    http.get(apiPaths.dashboards(user.team!.id), ({ request }) => {
      const page = Number(new URL(request.url).searchParams.get('page') ?? 0)
      const next =
        page + 1 < pages.length
          ? `http://127.0.0.1:9/api/projects/${user.team!.id}/dashboards/?page=${page + 1}`
          : null
      return HttpResponse.json({
        count: pages.flat().length,
        next,
        previous: null,
        results: pages[page],
      })
    }),
    http.post(apiPaths.scenePersonalisation, async ({ request }) => {
      const body = (await request.json()) as { scene: string; dashboard: number | null }
      bodies.push(body)
      const others = (current.scene_personalisation ?? []).filter((e) => e.scene !== body.scene)
      // A null removes the scene's choice, as the local server does.
      const mine = body.dashboard === null ? [] : [{ scene: body.scene, dashboard: body.dashboard }]
      current = makeUser({ ...current, scene_personalisation: [...others, ...mine] })
      return HttpResponse.json(current)
    }),
    // The user is refetched once a choice has settled.
    http.get(apiPaths.me, () => HttpResponse.json(current)),
  )
  return bodies
}

const select = () => screen.getByRole('combobox', { name: 'Dashboard for Project home' })

describe('scene personalisation', () => {
  it('lists the choices and saves a dashboard for Project home as soon as it is chosen', async () => {
    const user = makeUser()
    const bodies = fakeApi(user)
    const app = renderWithApp(<SceneSection />, { user, path: '/settings/appearance' })
    expect(
      await screen.findByText('None yet: PostHog shows its default dashboard.'),
    ).toBeInTheDocument()
    expect(select()).toHaveDisplayValue('No dashboard (the project’s default)')
    // No Save button: the select saves when chosen (docs/decisions/0012-save-model.md).
    expect(screen.queryByRole('button')).not.toBeInTheDocument()
    await app.user.selectOptions(select(), 'Web analytics')
    expect(await screen.findByText('Saved')).toBeVisible()
    expect(bodies).toEqual([{ scene: 'ProjectHomepage', dashboard: 8 }])
    expect(screen.getByRole('term')).toHaveTextContent('Project home')
    expect(screen.getByRole('definition')).toHaveTextContent('Web analytics')
    expect(select()).toHaveFocus()
    await waitFor(() =>
      expect(announcer()).toHaveTextContent('Project home now opens Web analytics. Saved.'),
    )
    expect(app.queryClient.getQueryData(currentUserQuery.queryKey)?.scene_personalisation).toEqual([
      { scene: 'ProjectHomepage', dashboard: 8 },
    ])
  })

  it('reads every page of dashboards and shows the current choice', async () => {
    const user = makeUser({ scene_personalisation: [{ scene: 'ProjectHomepage', dashboard: 9 }] })
    fakeApi(user, [dashboards, [{ id: 9, name: 'Release health', description: '', pinned: false }]])
    renderWithApp(<SceneSection />, { user, path: '/settings/appearance' })
    await waitFor(() => expect(select()).toHaveDisplayValue('Release health'))
    expect(screen.getByRole('definition')).toHaveTextContent('Release health')
    // "No dashboard" and the three dashboards.
    expect(screen.getAllByRole('option')).toHaveLength(4)
  })

  it("puts PostHog's refusal under the select and the saved choice back", async () => {
    const user = makeUser()
    fakeApi(user)
    server.use(
      http.post(apiPaths.scenePersonalisation, () =>
        apiError(
          400,
          'invalid_input',
          "Dashboard must belong to the user's current team.",
          'dashboard',
        ),
      ),
    )
    const app = renderWithApp(<SceneSection />, { user, path: '/settings/appearance' })
    await app.user.selectOptions(await screen.findByRole('combobox'), 'Product analytics')
    await waitFor(() =>
      expect(select()).toHaveAccessibleDescription(expect.stringContaining('must belong to')),
    )
    expect(screen.getByText('Not saved')).toBeVisible()
    expect(select()).toHaveDisplayValue('No dashboard (the project’s default)')
    expect(select()).toHaveFocus()
  })

  it('says so when the dashboards cannot load, with a retry', async () => {
    expectBoundaryErrors()
    const user = makeUser()
    server.use(http.get(apiPaths.dashboards(user.team!.id), () => HttpResponse.error()))
    const app = renderWithApp(<SceneSection />, { user, path: '/settings/appearance' })
    expect(await screen.findByRole('alert')).toHaveTextContent("We couldn't reach the server.")
    server.use(
      http.get(apiPaths.dashboards(user.team!.id), () =>
        HttpResponse.json({
          count: 1,
          next: null,
          previous: null,
          results: dashboards.slice(0, 1),
        }),
      ),
    )
    await app.user.click(screen.getByRole('button', { name: 'Try again' }))
    expect(
      await screen.findByRole('combobox', { name: 'Dashboard for Project home' }),
    ).toBeInTheDocument()
  })

  it('explains that a user outside any project has nothing to choose', () => {
    renderWithApp(<SceneSection />, {
      user: makeUser({ team: null, organization: null, organizations: [] }),
      path: '/settings/appearance',
    })
    expect(screen.getByText(/You're not in a project yet/)).toBeInTheDocument()
  })
})

describe('clearing a scene’s dashboard', () => {
  const chosen = () =>
    makeUser({ scene_personalisation: [{ scene: 'ProjectHomepage', dashboard: 8 }] })
  const cached = (app: ReturnType<typeof renderWithApp>) =>
    app.queryClient.getQueryData(currentUserQuery.queryKey)?.scene_personalisation

  async function clearChoice(user: User) {
    const app = renderWithApp(<SceneSection />, { user, path: '/settings/appearance' })
    await waitFor(() => expect(select()).toHaveDisplayValue('Web analytics'))
    await app.user.selectOptions(select(), 'No dashboard (the project’s default)')
    return app
  }

  it('sends dashboard: null and shows the project’s default', async () => {
    const user = chosen()
    const bodies = fakeApi(user)
    const app = await clearChoice(user)
    expect(
      await screen.findByText('None yet: PostHog shows its default dashboard.'),
    ).toBeInTheDocument()
    expect(bodies).toEqual([{ scene: 'ProjectHomepage', dashboard: null }])
    expect(select()).toHaveDisplayValue('No dashboard (the project’s default)')
    expect(screen.getByText('Saved')).toBeVisible()
    await waitFor(() =>
      expect(announcer()).toHaveTextContent('Project home now opens the project’s default. Saved.'),
    )
    expect(cached(app)).toEqual([])
  })

  it.each([
    ['400', () => apiError(400, 'invalid_input', 'Dashboard must be provided.', 'dashboard')],
    ['500', () => apiError(500, 'error', 'A server error occurred.')],
  ])(
    'explains that PostHog kept the old choice when it refuses the null (%s)',
    async (_status, answer) => {
      const user = chosen()
      fakeApi(user)
      server.use(http.post(apiPaths.scenePersonalisation, answer))
      const app = await clearChoice(user)
      const message = 'PostHog didn’t remove the choice, so Project home still opens Web analytics.'
      await waitFor(() =>
        expect(select()).toHaveAccessibleDescription(expect.stringContaining(message)),
      )
      expect(select()).toHaveDisplayValue('Web analytics')
      expect(select()).toHaveFocus()
      expect(screen.getByText('Not saved')).toBeVisible()
      expect(screen.getByRole('definition')).toHaveTextContent('Web analytics')
      await waitFor(() => expect(announcer()).toHaveTextContent(message))
      expect(cached(app)).toEqual([{ scene: 'ProjectHomepage', dashboard: 8 }])
    },
  )

  it('puts the saved choice back and says why when the network is down', async () => {
    const user = chosen()
    fakeApi(user)
    server.use(http.post(apiPaths.scenePersonalisation, () => HttpResponse.error()))
    const app = await clearChoice(user)
    await waitFor(() =>
      expect(select()).toHaveAccessibleDescription(/We couldn't reach the server\./),
    )
    expect(select()).toHaveDisplayValue('Web analytics')
    expect(screen.getByText('Not saved')).toBeVisible()
    expect(screen.getByRole('definition')).toHaveTextContent('Web analytics')
    expect(cached(app)).toEqual([{ scene: 'ProjectHomepage', dashboard: 8 }])
    await waitFor(() =>
      expect(announcer()).toHaveTextContent('Dashboard for Project home was not changed.'),
    )
  })

  it('says when to retry after a 429 and puts the saved choice back', async () => {
    const user = makeUser()
    fakeApi(user)
    server.use(
      http.post(apiPaths.scenePersonalisation, () =>
        apiError(429, 'throttled', 'Request was throttled.', null, { 'Retry-After': '30' }),
      ),
    )
    const app = renderWithApp(<SceneSection />, { user, path: '/settings/appearance' })
    await app.user.selectOptions(await screen.findByRole('combobox'), 'Web analytics')
    await waitFor(() => expect(select()).toHaveAccessibleDescription(/Try again in 30 seconds\./))
    expect(select()).toHaveDisplayValue('No dashboard (the project’s default)')
  })
})
