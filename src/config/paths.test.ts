import { describe, expect, it } from 'vitest'
import { loginPath, routes, safeNext } from './paths'

describe('safeNext (where sign-in goes on)', () => {
  it('follows a same-origin path', () => {
    expect(safeNext('/settings/email')).toBe('/settings/email')
    expect(loginPath('/settings/email')).toBe('/login?next=%2Fsettings%2Femail')
  })

  it('goes to the profile for anything that could leave the origin', () => {
    for (const next of [
      null,
      '',
      '//evil.example',
      '/\\evil.example',
      '/\t/evil.example',
      'https://evil.example',
      '/\n/x',
    ])
      expect(safeNext(next), JSON.stringify(next)).toBe(routes.profile)
  })
})
