import * as z from 'zod/mini'
import { drfChar, drfField, refuse } from './drf'

// POST /api/users/@me/scene_personalisation/ upserts on user + current team + scene and answers
// with the full User object (posthog/api/user.py).
export const scenePersonalisationBodySchema = z.object({
  scene: z.string().check(z.minLength(1), z.maxLength(200)),
  dashboard: z.int(),
})
export type ScenePersonalisationBody = z.infer<typeof scenePersonalisationBodySchema>

export const scenePersonalisationEntrySchema = z.looseObject({
  scene: z.string(),
  dashboard: z.nullable(z.int()),
})
export type ScenePersonalisationEntry = z.infer<typeof scenePersonalisationEntrySchema>

/** Python's name for a JSON value's type, as DRF's `incorrect_type` message shows it. */
function pyTypeName(value: unknown): string {
  if (typeof value === 'boolean') return 'bool'
  if (typeof value === 'string') return 'str'
  if (typeof value === 'number') return 'float'
  return Array.isArray(value) ? 'list' : 'dict'
}

// ScenePersonalisationSerializer's fields as the server reads them; whether the dashboard exists
// and belongs to the current team is the view's check. A null dashboard clears the scene's
// choice, the stand-in's extension (ADR 0004): PostHog would crash on validate_dashboard(None).
export const scenePersonalisationRequestSchema = z.object({
  scene: drfChar({ max: 200 }),
  dashboard: drfField((raw): number | null | undefined => {
    if (raw === undefined || raw === null) return raw
    const digits = typeof raw === 'string' && /^\d+$/.test(raw.trim())
    if (!(typeof raw === 'number' && Number.isSafeInteger(raw)) && !digits)
      return refuse(
        'incorrect_type',
        `Incorrect type. Expected pk value, received ${pyTypeName(raw)}.`,
      )
    return Number(raw)
  }, true),
})
