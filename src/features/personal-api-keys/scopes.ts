import {
  ALL_ACCESS_SCOPE,
  API_SCOPE_OBJECTS,
  parseScope,
  READ_ONLY_SCOPE_OBJECTS,
  SCOPE_PRESETS,
  type ScopePreset,
} from '../../../contract/personal-api-keys'

/** One object's level in the picker: `write` includes read, as PostHog checks it. */
export type Level = 'none' | 'read' | 'write'

/** The objects the picker lists: PostHog's grantable ones, then any unknown one a key already has. */
export function pickerObjects(scopes: readonly string[]): string[] {
  const known = new Set<string>(API_SCOPE_OBJECTS)
  const extra = scopes
    .map((scope) => parseScope(scope)?.object)
    .filter((object): object is string => !!object && !known.has(object))
  return [...API_SCOPE_OBJECTS, ...new Set(extra)]
}

/** Whether the picker offers `write` for the object (PostHog's picker disables a few). */
export const canWrite = (object: string) =>
  !(READ_ONLY_SCOPE_OBJECTS as readonly string[]).includes(object)

/** Each object's level in a list of scopes (`x:write` wins over `x:read`). */
export function levelsOf(scopes: readonly string[]): Map<string, Level> {
  const levels = new Map<string, Level>()
  for (const scope of scopes) {
    const parsed = parseScope(scope)
    if (!parsed) continue
    if (parsed.action === 'write' || !levels.has(parsed.object))
      levels.set(parsed.object, parsed.action)
  }
  return levels
}

/** The scopes with `object` set to `level`, in a stable order (the picker's). */
export function withLevel(scopes: readonly string[], objects: readonly string[], level: Level) {
  const levels = levelsOf(scopes)
  for (const object of objects) {
    if (level === 'none') levels.delete(object)
    else levels.set(object, level === 'write' && !canWrite(object) ? 'read' : level)
  }
  const order = pickerObjects([...levels.keys()].map((object) => `${object}:read`))
  return order.flatMap((object) => {
    const value = levels.get(object)
    return value ? [`${object}:${value}`] : []
  })
}

export const isAllAccess = (scopes: readonly string[]) =>
  scopes.length === 0 || scopes.includes(ALL_ACCESS_SCOPE)

const sameSet = (a: readonly string[], b: readonly string[]) =>
  a.length === b.length && new Set([...a, ...b]).size === new Set(a).size

/** The first preset with exactly these scopes (Zapier before n8n, as PostHog lists them). */
export function matchingPreset(scopes: readonly string[]): ScopePreset | undefined {
  if (isAllAccess(scopes)) return SCOPE_PRESETS.find((preset) => preset.value === 'all_access')
  return SCOPE_PRESETS.find((preset) => sameSet(preset.scopes, scopes))
}

/** What a list of scopes amounts to, for its one-line summary. */
export type ScopeSummary =
  | { kind: 'all' }
  | { kind: 'preset'; value: string }
  | { kind: 'read'; count: number }
  | { kind: 'mixed'; count: number; writes: number }

export function summarise(scopes: readonly string[]): ScopeSummary {
  if (isAllAccess(scopes)) return { kind: 'all' }
  const preset = matchingPreset(scopes)
  if (preset) return { kind: 'preset', value: preset.value }
  const levels = [...levelsOf(scopes).values()]
  const writes = levels.filter((level) => level === 'write').length
  return writes === 0
    ? { kind: 'read', count: levels.length }
    : { kind: 'mixed', count: levels.length, writes }
}
