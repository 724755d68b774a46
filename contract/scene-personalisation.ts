import * as z from 'zod/mini'

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
