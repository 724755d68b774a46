import { describe, expect, it } from 'vitest'
import {
  API_SCOPE_OBJECTS,
  API_SCOPES,
  personalApiKeyRequestSchema,
  SCOPE_PRESETS,
} from './personal-api-keys'

const firstIssue = (body: unknown) => {
  const result = personalApiKeyRequestSchema.safeParse(body)
  if (result.success) return result.data
  const issue = result.error.issues[0]!
  return {
    path: issue.path,
    message: issue.message,
    params: (issue as { params?: unknown }).params,
  }
}

describe('personalApiKeyRequestSchema', () => {
  it('reads a full body, trimming text and reading integers from text', () => {
    expect(
      firstIssue({
        label: ' CI ',
        scopes: ['user:read'],
        scoped_teams: ['5', 6],
        scoped_organizations: [],
      }),
    ).toEqual({
      label: 'CI',
      scopes: ['user:read'],
      scoped_teams: [5, 6],
      scoped_organizations: [],
    })
  })

  it('reports a list item at its index, and the first field in order', () => {
    expect(firstIssue({ label: 'x', scopes: ['user:read', ''] })).toMatchObject({
      path: ['scopes', 1],
      message: 'This field may not be blank.',
      params: { drf: 'blank' },
    })
    expect(firstIssue({ label: '', scopes: 'x' })).toMatchObject({ path: ['label'] })
    expect(firstIssue({ label: 'x', scopes: 'user:read' })).toMatchObject({
      path: ['scopes'],
      message: 'Expected a list of items but got type "str".',
      params: { drf: 'not_a_list' },
    })
    expect(firstIssue({ label: 'x', scopes: [] })).toMatchObject({
      message: 'This list may not be empty.',
      params: { drf: 'empty' },
    })
    expect(firstIssue({ label: 'x', scopes: ['*'], scoped_teams: [1.5] })).toMatchObject({
      path: ['scoped_teams', 0],
      message: 'A valid integer is required.',
    })
  })
})

describe('scope constants', () => {
  it('lists 108 grantable objects, each with read and write, plus *', () => {
    expect(API_SCOPE_OBJECTS).toHaveLength(108)
    expect(new Set(API_SCOPE_OBJECTS).size).toBe(108)
    expect(API_SCOPES).toHaveLength(217)
  })

  it('builds every preset from known scopes', () => {
    for (const preset of SCOPE_PRESETS)
      for (const scope of preset.scopes) expect(API_SCOPES).toContain(scope)
  })
})
