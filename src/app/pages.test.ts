import { QueryClient } from '@tanstack/react-query'
import { describe, expect, it } from 'vitest'
import { loginPage, settingsRoutes } from './pages'

describe('the page registry', () => {
  it("finds every page's route module by its path, each exporting Component", async () => {
    const found = [loginPage, ...settingsRoutes(new QueryClient())]
    expect(found.map((route) => route.path)).toContain('/settings/users/:uuid')
    for (const route of found) {
      expect(typeof route.lazy).toBe('function')
      const module = await (route.lazy as () => Promise<{ Component?: unknown }>)()
      expect(typeof module.Component, route.path).toBe('function')
    }
  })
})
