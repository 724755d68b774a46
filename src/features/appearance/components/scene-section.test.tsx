import { screen, waitFor } from '@testing-library/react'
import { describe, expect, it, vi } from 'vitest'
import type { User } from '../../../../contract/user'
import { apiPaths } from '../../../config/paths'
import { currentUserQuery } from '../../../lib/current-user'
import { apiError, http, HttpResponse, makeUser, server } from '../../../testing/msw'
import { renderWithApp } from '../../../testing/render'
import { SceneSection } from './scene-section'

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
      const body = (await request.json()) as { scene: string; dashboard: number }
      bodies.push(body)
      const others = (current.scene_personalisation ?? []).filter((e) => e.scene !== body.scene)
      current = makeUser({
        ...current,
        scene_personalisation: [...others, { scene: body.scene, dashboard: body.dashboard }],
      })
      return HttpResponse.json(current)
    }),
  )
  return bodies
}

const select = () => screen.getByRole('combobox', { name: 'Dashboard for Project home' })
const save = () => screen.getByRole('button', { name: 'Save dashboard' })

describe('scene personalisation', () => {
  it('lists the choices and saves a dashboard for Project home', async () => {
    const user = makeUser()
    const bodies = fakeApi(user)
    const app = renderWithApp(<SceneSection />, { user, path: '/settings/appearance' })
    expect(
      await screen.findByText('None yet: PostHog shows its default dashboard.'),
    ).toBeInTheDocument()
    expect(select()).toHaveDisplayValue('Choose a dashboard')
    expect(save()).toBeDisabled()
    await app.user.selectOptions(select(), 'Web analytics')
    await app.user.click(save())
    expect(await screen.findByText('Saved')).toBeInTheDocument()
    expect(bodies).toEqual([{ scene: 'ProjectHomepage', dashboard: 8 }])
    expect(screen.getByRole('term')).toHaveTextContent('Project home')
    expect(screen.getByRole('definition')).toHaveTextContent('Web analytics')
    expect(save()).toBeDisabled()
    expect(screen.queryByRole('option', { name: 'Choose a dashboard' })).not.toBeInTheDocument()
    await waitFor(() =>
      expect(screen.getByTestId('announcer')).toHaveTextContent(
        'Project home now opens Web analytics. Saved.',
      ),
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
    expect(screen.getAllByRole('option')).toHaveLength(3)
  })

  it("puts PostHog's refusal under the select and keeps the choice", async () => {
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
    await app.user.click(save())
    await waitFor(() =>
      expect(select()).toHaveAccessibleDescription(expect.stringContaining('must belong to')),
    )
    expect(select()).toHaveDisplayValue('Product analytics')
    expect(select()).toHaveFocus()
  })

  it('says so when the dashboards cannot load, with a retry', async () => {
    // React logs every error a boundary catches; only that expected log is let through.
    const fail = console.error
    vi.spyOn(console, 'error').mockImplementation((...args: unknown[]) => {
      if (args.some((arg) => String(arg).includes('using the error boundary you provided'))) return
      fail(...args)
    })
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
