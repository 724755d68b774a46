import { screen } from '@testing-library/react'
import type { User, UserUpdate } from '../../../../contract/user'
import { apiPaths } from '../../../config/paths'
import { http, HttpResponse, makeUser, server } from '../../../testing/msw'
import { renderWithApp } from '../../../testing/render'
import { DigestsSection } from './digests-section'
import { InAppSection } from './in-app-section'
import { MentionsSection, OrganizationsSection, PipelinesSection } from './notification-sections'

export const base = makeUser()
export const jane = makeUser({
  organization: {
    ...base.organization!,
    teams: [
      { id: 1, name: 'Default project' },
      { id: 2, name: 'Staging' },
    ],
  },
})

type Settings = Record<string, unknown>
const isMap = (value: unknown): value is Settings => typeof value === 'object' && value !== null

/** Maps merge key by key; realtime_notifications_disabled one level further (type → team). */
function merge(settings: Settings, key: string, value: unknown): unknown {
  if (!isMap(value)) return value
  const old = isMap(settings[key]) ? settings[key] : {}
  if (key !== 'realtime_notifications_disabled') return { ...old, ...value }
  const merged: Settings = { ...old }
  for (const [type, teams] of Object.entries(value))
    merged[type] = { ...(isMap(old[type]) ? old[type] : {}), ...(teams as Settings) }
  return merged
}

/**
 * The server's side: GET answers the current user, PATCH merges notification_settings as
 * PostHog does. `delay` makes each PATCH take that long.
 */
export function fakeApi(user: User = jane, options: { delay?: number } = {}) {
  let current = user
  const bodies: UserUpdate[] = []
  let inFlight = 0
  let maxInFlight = 0
  server.use(
    http.get(apiPaths.me, () => HttpResponse.json(current)),
    http.patch(apiPaths.me, async ({ request }) => {
      inFlight++
      maxInFlight = Math.max(maxInFlight, inFlight)
      const body = (await request.json()) as UserUpdate
      bodies.push(body)
      if (options.delay) await new Promise((resolve) => setTimeout(resolve, options.delay))
      const settings: Settings = { ...current.notification_settings }
      for (const [key, value] of Object.entries(body.notification_settings ?? {}))
        settings[key] = merge(settings, key, value)
      current = makeUser({
        ...current,
        notification_settings: settings as User['notification_settings'],
      })
      inFlight--
      return HttpResponse.json(current)
    }),
  )
  return {
    bodies,
    get current() {
      return current
    },
    get maxInFlight() {
      return maxInFlight
    },
  }
}

export function renderPage(user: User = jane) {
  return renderWithApp(
    <>
      <DigestsSection />
      <PipelinesSection />
      <MentionsSection />
      <OrganizationsSection />
      <InAppSection />
    </>,
    { user, path: '/settings/notifications' },
  )
}

export const toggle = (name: string) => screen.getByRole('switch', { name })
export const announcer = () => screen.getByTestId('announcer')
/** A switch's row: its label, its status beside the switch and its error (ADR 0012). */
export const rowOf = (name: string) =>
  screen.getByText(name, { selector: '.switch-label' }).closest<HTMLElement>('.switch-row')!
