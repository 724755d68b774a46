import { useSuspenseQuery } from '@tanstack/react-query'
import { screen, waitFor } from '@testing-library/react'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { User } from '../../../../contract/user'
import { apiPaths } from '../../../config/paths'
import { currentUserQuery } from '../../../lib/current-user'
import { THEME_STORAGE_KEY, useApplyTheme } from '../../../lib/theme'
import { apiError, http, HttpResponse, makeUser, server } from '../../../testing/msw'
import { recordMePatches } from '../../../testing/requests'
import { renderWithApp } from '../../../testing/render'
import { ThemeSection } from './theme-section'
import { announcer } from '../../../testing/announcer'

/** A device whose colour scheme the test can switch, as matchMedia reports it. */
function fakeDevice(dark: boolean) {
  const listeners = new Set<() => void>()
  const query = {
    media: '(prefers-color-scheme: dark)',
    get matches() {
      return dark
    },
    addEventListener: (_: string, listener: () => void) => listeners.add(listener),
    removeEventListener: (_: string, listener: () => void) => listeners.delete(listener),
  }
  Object.defineProperty(window, 'matchMedia', { configurable: true, value: () => query })
  return {
    listeners,
    set(next: boolean) {
      dark = next
      listeners.forEach((listener) => listener())
    },
  }
}

/** The shell applies the theme from the cached user; the section changes it. */
function Page() {
  const { data: user } = useSuspenseQuery(currentUserQuery)
  useApplyTheme(user.theme_mode)
  return <ThemeSection />
}

function fakeApi(user: User, options: { delay?: number } = {}) {
  const api = recordMePatches(user, options)
  server.use(http.get(apiPaths.me, () => HttpResponse.json(api.current)))
  return api
}

const theme = () => document.documentElement.dataset.theme
const radio = (name: string) => screen.getByRole('radio', { name })

beforeEach(() => {
  localStorage.clear()
  delete document.documentElement.dataset.theme
})
afterEach(() => {
  Reflect.deleteProperty(window, 'matchMedia')
})

describe('theme', () => {
  it('applies the saved theme and remembers it for the next page load', () => {
    fakeDevice(false)
    fakeApi(makeUser({ theme_mode: 'dark' }))
    renderWithApp(<Page />, { user: makeUser({ theme_mode: 'dark' }) })
    expect(radio('Dark')).toBeChecked()
    expect(theme()).toBe('dark')
    expect(localStorage.getItem(THEME_STORAGE_KEY)).toBe('dark')
  })

  it('treats null as "System" and follows the device live', () => {
    const device = fakeDevice(true)
    fakeApi(makeUser({ theme_mode: null }))
    renderWithApp(<Page />, { user: makeUser({ theme_mode: null }) })
    expect(radio('System')).toBeChecked()
    expect(theme()).toBe('dark')
    expect(localStorage.getItem(THEME_STORAGE_KEY)).toBe('system')
    device.set(false)
    expect(theme()).toBe('light')
    device.set(true)
    expect(theme()).toBe('dark')
  })

  it('switches at once, saves only theme_mode, and stops following the device', async () => {
    const device = fakeDevice(false)
    let release: () => void = () => {}
    const released = new Promise<void>((resolve) => (release = resolve))
    const api = fakeApi(makeUser({ theme_mode: 'system' }))
    server.use(
      http.patch(apiPaths.me, async () => {
        await released
        return undefined
      }),
    )
    const app = renderWithApp(<Page />, { user: makeUser({ theme_mode: 'system' }) })
    expect(theme()).toBe('light')
    await app.user.click(radio('Dark'))
    await waitFor(() => expect(theme()).toBe('dark'))
    expect(radio('Dark')).toBeChecked()
    release()
    await waitFor(() => expect(announcer()).toHaveTextContent('Theme: Dark. Saved.'))
    expect(api.bodies).toEqual([{ theme_mode: 'dark' }])
    expect(localStorage.getItem(THEME_STORAGE_KEY)).toBe('dark')
    expect(device.listeners.size).toBe(0)
    device.set(false)
    expect(theme()).toBe('dark')
  })

  it('puts the old theme back and says why when the save fails', async () => {
    fakeDevice(false)
    fakeApi(makeUser({ theme_mode: 'light' }))
    server.use(http.patch(apiPaths.me, () => apiError(500, 'error', 'A server error occurred.')))
    const app = renderWithApp(<Page />, { user: makeUser({ theme_mode: 'light' }) })
    await app.user.click(radio('Dark'))
    await waitFor(() =>
      expect(announcer()).toHaveTextContent(
        'Theme was not changed. Something went wrong on our side.',
      ),
    )
    expect(radio('Light')).toBeChecked()
    expect(theme()).toBe('light')
    expect(localStorage.getItem(THEME_STORAGE_KEY)).toBe('light')
    expect(screen.getByRole('group', { name: 'Theme' })).toHaveAccessibleDescription(
      expect.stringContaining('Something went wrong on our side'),
    )
  })

  it('ends arrow-key runs on the last theme chosen, one request at a time', async () => {
    fakeDevice(false)
    const api = fakeApi(makeUser({ theme_mode: 'light' }), { delay: 40 })
    const app = renderWithApp(<Page />, { user: makeUser({ theme_mode: 'light' }) })
    radio('Light').focus()
    await app.user.keyboard('{ArrowRight}{ArrowRight}')
    await waitFor(() => expect(radio('System')).toBeChecked())
    await waitFor(() => expect(announcer()).toHaveTextContent('Theme: System. Saved.'))
    expect(api.current.theme_mode).toBe('system')
    expect(api.bodies.at(-1)).toEqual({ theme_mode: 'system' })
    expect(api.bodies.length).toBeLessThanOrEqual(2)
  })
})
