import { describe, expect, it } from 'vitest'
import { levelsOf, matchingPreset, pickerObjects, summarise, withLevel } from './scopes'

describe('scopes of a personal API key', () => {
  it('reads write as including read and keeps the stronger one', () => {
    expect(levelsOf(['insight:read', 'insight:write', 'dashboard:read'])).toEqual(
      new Map([
        ['insight', 'write'],
        ['dashboard', 'read'],
      ]),
    )
  })

  it('sets levels in the picker’s order and never grants write where PostHog offers none', () => {
    expect(withLevel(['insight:read'], ['action', 'user'], 'write')).toEqual([
      'action:write',
      'insight:read',
      'user:read',
    ])
    expect(withLevel(['insight:read', 'action:write'], ['insight'], 'none')).toEqual([
      'action:write',
    ])
  })

  it('lists an unknown object a key already has after PostHog’s own', () => {
    expect(pickerObjects(['future_thing:read']).at(-1)).toBe('future_thing')
  })

  it('names a preset, all access, read-only or mixed', () => {
    expect(summarise(['*'])).toEqual({ kind: 'all' })
    expect(summarise([])).toEqual({ kind: 'all' })
    expect(summarise(['feature_flag:read'])).toEqual({ kind: 'preset', value: 'local_evaluation' })
    expect(summarise(['insight:read', 'dashboard:read'])).toEqual({ kind: 'read', count: 2 })
    expect(summarise(['insight:write', 'dashboard:read'])).toEqual({
      kind: 'mixed',
      count: 2,
      writes: 1,
    })
    expect(matchingPreset(['error_tracking:write', 'organization:read'])?.value).toBe(
      'source_map_upload',
    )
  })
})
