import { screen, waitFor, within } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import type { User } from '../../../../contract/user'
import { apiPaths } from '../../../config/paths'
import { currentUserQuery } from '../../../lib/current-user'
import { apiError, http, HttpResponse, makeUser, server } from '../../../testing/msw'
import { renderWithApp } from '../../../testing/render'
import { HedgehogSection } from './hedgehog-section'
import { announcer } from '../../../testing/announcer'

type Config = Record<string, unknown>

function fakeApi(options: { fail?: number } = {}) {
  const bodies: Config[] = []
  let failures = options.fail ?? 0
  server.use(
    http.patch(apiPaths.hedgehogConfig, async ({ request }) => {
      const body = (await request.json()) as Config
      if (failures > 0) {
        failures--
        return apiError(500, 'error', 'A server error occurred.')
      }
      bodies.push(body)
      return HttpResponse.json(body)
    }),
  )
  return bodies
}

function renderHedgehog(user: User = makeUser(), saveDelay = 30) {
  return renderWithApp(<HedgehogSection saveDelay={saveDelay} />, {
    user,
    path: '/settings/appearance',
  })
}

const preview = () => screen.getByRole('img', { name: /Preview of your hedgehog/ })
const group = (name: string) => screen.getByRole('group', { name })

describe('hedgehog', () => {
  it('starts from PostHog’s defaults when nothing is stored', () => {
    fakeApi()
    renderHedgehog()
    expect(screen.getByRole('switch', { name: 'Hedgehog mode' })).not.toBeChecked()
    expect(screen.getByRole('switch', { name: 'Walk around freely' })).toBeChecked()
    expect(within(group('Skin or colour')).getByRole('radio', { name: 'Default' })).toBeChecked()
    expect(within(group('Headwear')).getByRole('radio', { name: 'None' })).toBeChecked()
    expect(preview()).toHaveAccessibleName(
      'Preview of your hedgehog: default skin, no accessories, hedgehog mode off',
    )
  })

  it('makes skins and colours exclusive, as PostHog does', async () => {
    const bodies = fakeApi()
    const app = renderHedgehog(makeUser({ hedgehog_config: { color: 'blue', enabled: true } }))
    const looks = group('Skin or colour')
    expect(within(looks).getByRole('radio', { name: 'Blue' })).toBeChecked()

    await app.user.click(within(looks).getByRole('radio', { name: 'Robohog' }))
    expect(preview()).toHaveAccessibleName(expect.stringContaining('robohog skin'))
    await waitFor(() => expect(bodies).toHaveLength(1))
    expect(bodies[0]).toMatchObject({ skin: 'robohog', color: null, enabled: true })

    await app.user.click(within(looks).getByRole('radio', { name: 'Green' }))
    expect(preview()).toHaveAccessibleName(expect.stringContaining('green'))
    await waitFor(() => expect(bodies).toHaveLength(2))
    expect(bodies[1]).toMatchObject({ skin: 'default', color: 'green' })
    expect(within(looks).getByRole('radio', { name: 'Robohog' })).not.toBeChecked()
  })

  it('allows one accessory per group and saves the whole config', async () => {
    const bodies = fakeApi()
    const app = renderHedgehog(
      makeUser({ hedgehog_config: { accessories: ['beret', 'parrot'], walking_enabled: false } }),
      1_500,
    )
    await app.user.click(within(group('Headwear')).getByRole('radio', { name: 'Cowboy hat' }))
    await app.user.click(within(group('Eyewear')).getByRole('radio', { name: 'Sunglasses' }))
    await app.user.click(within(group('Other')).getByRole('radio', { name: 'None' }))
    await app.user.click(screen.getByRole('switch', { name: 'Party mode' }))
    expect(preview()).toHaveAccessibleName(
      'Preview of your hedgehog: default skin, wearing cowboy hat and sunglasses, partying, hedgehog mode off',
    )
    expect(screen.getByText('Changes not saved yet…')).toBeInTheDocument()
    expect(await screen.findByText('Saved', {}, { timeout: 5_000 })).toBeInTheDocument()
    // Debounced: four quick changes, one request carrying all of them and every other field.
    expect(bodies).toEqual([
      {
        enabled: false,
        use_as_profile: false,
        color: null,
        accessories: ['cowboy', 'sunglasses'],
        walking_enabled: false,
        interactions_enabled: true,
        controls_enabled: true,
        party_mode_enabled: true,
      },
    ])
    await waitFor(() => expect(announcer()).toHaveTextContent('Hedgehog saved.'))
  })

  it('keeps a failed change, says so, and saves it with "Save again"', async () => {
    const bodies = fakeApi({ fail: 1 })
    const app = renderHedgehog()
    await app.user.click(screen.getByRole('switch', { name: 'Hedgehog mode' }))
    expect(
      await screen.findByText(/Hedgehog not saved. Something went wrong on our side/, {
        selector: 'p',
      }),
    ).toBeInTheDocument()
    expect(screen.getByRole('switch', { name: 'Hedgehog mode' })).toBeChecked()
    await app.user.click(screen.getByRole('button', { name: 'Save again' }))
    expect(await screen.findByText('Saved')).toBeInTheDocument()
    expect(bodies).toEqual([expect.objectContaining({ enabled: true })])
  })

  it('sends a change made while a save runs right after it', async () => {
    const bodies: Config[] = []
    server.use(
      http.patch(apiPaths.hedgehogConfig, async ({ request }) => {
        const body = (await request.json()) as Config
        await new Promise((resolve) => setTimeout(resolve, 60))
        bodies.push(body)
        return HttpResponse.json(body)
      }),
    )
    const app = renderHedgehog(makeUser(), 10)
    await app.user.click(screen.getByRole('switch', { name: 'Hedgehog mode' }))
    expect(await screen.findByText('Saving…')).toBeInTheDocument()
    await app.user.click(screen.getByRole('switch', { name: 'Use as profile picture' }))
    await waitFor(() => expect(bodies).toHaveLength(2))
    expect(bodies[1]).toMatchObject({ enabled: true, use_as_profile: true })
    expect(await screen.findByText('Saved')).toBeInTheDocument()
    expect(app.queryClient.getQueryData(currentUserQuery.queryKey)?.hedgehog_config).toMatchObject({
      enabled: true,
      use_as_profile: true,
    })
  })

  it('saves what is still waiting when the page is left', async () => {
    const bodies = fakeApi()
    const app = renderHedgehog(makeUser(), 5_000)
    await app.user.click(within(group('Eyewear')).getByRole('radio', { name: 'Glasses' }))
    expect(bodies).toEqual([])
    app.unmount()
    await waitFor(() =>
      expect(bodies).toEqual([expect.objectContaining({ accessories: ['glasses'] })]),
    )
  })
})
