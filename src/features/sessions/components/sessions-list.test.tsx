import { act, screen, within } from '@testing-library/react'
import { afterEach, describe, expect, it, vi } from 'vitest'
import type { LoginSession } from '../../../../contract/login-sessions'
import { apiPaths } from '../../../config/paths'
import { switchLocale } from '../../../lib/i18n'
import { expectBoundaryErrors } from '../../../testing/boundary'
import { apiError, http, HttpResponse, json, server } from '../../../testing/msw'
import { legacy, phone, renderSessions, sessionsServer, speak, thisBrowser } from '../testing'

afterEach(() => switchLocale('en'))

/** Each session's facts as "label: value" lines, under its device name. */
const rows = () =>
  within(screen.getByRole('list', { name: 'Sessions' }))
    .getAllByRole('listitem')
    .map((item) => ({
      device: within(item).getByRole('heading', { level: 3 }).textContent,
      current: within(item).queryByText('This device') !== null,
      facts: within(item)
        .getAllByRole('term')
        .map((term) => `${term.textContent}: ${term.nextElementSibling?.textContent}`),
      signOut: within(item).queryByRole('button', { name: /^Sign out/ }) !== null,
    }))

describe('The sessions list', () => {
  it('shows each session’s device, method, place and times, this device first and marked', async () => {
    sessionsServer()
    renderSessions()
    await screen.findByRole('list', { name: 'Sessions' })
    const [mine, other, old] = rows()
    expect(mine).toEqual({
      device: 'Firefox 128.0 on Ubuntu',
      current: true,
      facts: [
        'Signed in with: Password',
        'Location: Berlin, Germany',
        expect.stringMatching(/^Started: Jun 1, 2025/),
        'Last active: Active now',
      ],
      signOut: false,
    })
    expect(other).toEqual({
      device: 'Mobile Safari 18.1 on iOS 18.1',
      current: false,
      facts: [
        'Signed in with: Google',
        'Location: United States',
        expect.stringMatching(/^Started: May 30, 2025/),
        'Last active: 2 minutes ago',
      ],
      signOut: true,
    })
    // A legacy row without a User-Agent, place, method or dates.
    expect(old).toEqual({
      device: 'Unknown device',
      current: false,
      facts: [
        'Signed in with: Unknown',
        'Location: Unknown',
        'Started: Unknown',
        'Last active: Unknown',
      ],
      signOut: true,
    })
    expect(screen.getByRole('button', { name: 'Sign out Unknown device' })).toBeInTheDocument()
  })

  it('keeps the server’s order of the others, with this device moved first if it wasn’t', async () => {
    const older = {
      ...phone,
      id: 'c4f1e9a6-3d4e-5f50-8b62-334455667788',
      device: 'Edge 120 on Windows 10',
    }
    sessionsServer([phone, older, thisBrowser, legacy])
    renderSessions()
    await screen.findByRole('list', { name: 'Sessions' })
    expect(rows().map((row) => row.device)).toEqual([
      'Firefox 128.0 on Ubuntu',
      'Mobile Safari 18.1 on iOS 18.1',
      'Edge 120 on Windows 10',
      'Unknown device',
    ])
  })

  it('names every sign-in method, a new one as it came', async () => {
    const methods = ['passkey', 'github', 'gitlab', 'saml', 'oidc', 'magic-link', 'password']
    sessionsServer(
      methods.map((login_method, i) => ({
        ...phone,
        id: `00000000-0000-5000-8000-00000000000${i}`,
        device: `Browser ${i}`,
        login_method,
        is_current: login_method === 'password',
      })),
    )
    renderSessions()
    await screen.findByRole('list', { name: 'Sessions' })
    expect(rows().map((row) => row.facts[0])).toEqual(
      ['Password', 'Passkey', 'GitHub', 'GitLab', 'SAML', 'OIDC', 'magic-link'].map(
        (name) => `Signed in with: ${name}`,
      ),
    )
  })

  it('left open, the list is asked again each minute: times move on, a new browser shows', async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true })
    try {
      const state = sessionsServer()
      renderSessions()
      await screen.findByRole('list', { name: 'Sessions' })
      expect(rows()[1]?.facts).toContain('Last active: 2 minutes ago')

      const laptop = {
        ...phone,
        id: 'd5a2f0b7-4e5f-5061-9c73-445566778899',
        device: 'Edge 120 on Windows 10',
      }
      state.sessions = [...state.sessions, laptop]
      await act(() => vi.advanceTimersByTimeAsync(61_000))
      await screen.findByRole('heading', { name: 'Edge 120 on Windows 10' })
      expect(rows()[1]?.facts).toContain('Last active: 3 minutes ago')
    } finally {
      vi.useRealTimers()
    }
  })

  it('only this device: Sign out all other sessions is off and says why', async () => {
    sessionsServer([thisBrowser])
    renderSessions()
    const all = await screen.findByRole('button', { name: 'Sign out all other sessions' })
    expect(all).toHaveAttribute('aria-disabled', 'true')
    expect(all).toHaveAccessibleDescription('No other sessions')
  })

  it('an empty list says so', async () => {
    sessionsServer([])
    renderSessions()
    expect(await screen.findByText('No active sessions found.')).toBeInTheDocument()
  })

  it('loading shows a skeleton; a failure says why and Try again loads it', async () => {
    expectBoundaryErrors()
    let calls = 0
    server.use(
      http.get(apiPaths.loginSessions, () =>
        ++calls === 1 ? apiError(500, 'error', 'Boom') : json([thisBrowser]),
      ),
    )
    const { user } = renderSessions()
    expect(screen.getByRole('status', { name: 'Loading your sessions' })).toBeInTheDocument()
    expect(await screen.findByText(/This section couldn't load/)).toHaveTextContent(
      'Something went wrong on our side. Try again in a moment.',
    )
    await user.click(screen.getByRole('button', { name: 'Try again' }))
    expect(await screen.findByRole('list', { name: 'Sessions' })).toBeInTheDocument()
  })

  it('offline: says the server can’t be reached', async () => {
    expectBoundaryErrors()
    server.use(http.get(apiPaths.loginSessions, () => HttpResponse.error()))
    renderSessions()
    expect(await screen.findByText(/We couldn't reach the server/)).toBeInTheDocument()
  })

  it('an answer that doesn’t fit the contract is an error, not a crash', async () => {
    expectBoundaryErrors()
    server.use(http.get(apiPaths.loginSessions, () => json({ results: [] })))
    renderSessions()
    expect(await screen.findByText(/does not understand/)).toBeInTheDocument()
  })

  it('speaks German and Arabic, dates included', async () => {
    const sessions: LoginSession[] = [thisBrowser, legacy]
    sessionsServer(sessions)
    await speak('de')
    const { unmount } = renderSessions()
    const list = await screen.findByRole('list', { name: 'Sitzungen' })
    expect(within(list).getByText('Dieses Gerät')).toBeInTheDocument()
    expect(within(list).getByText('Unbekanntes Gerät')).toBeInTheDocument()
    expect(within(list).getByText(/01\.06\.2025/)).toBeInTheDocument()
    expect(
      screen.getByRole('button', { name: 'Alle anderen Sitzungen abmelden' }),
    ).toBeInTheDocument()
    unmount()
    await speak('ar')
    renderSessions()
    const arabic = await screen.findByRole('list', { name: 'الجلسات' })
    expect(within(arabic).getByText('هذا الجهاز')).toBeInTheDocument()
    expect(within(arabic).getByText('نشط الآن')).toBeInTheDocument()
  })
})
