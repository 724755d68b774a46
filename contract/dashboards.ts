import * as z from 'zod/mini'
import { paginatedSchema } from './pagination'

// Only what the scene-personalisation picker needs from /api/environments/{team_id}/dashboards/;
// the serializer carries much more and changes often, so the object is loose.
export const dashboardBasicSchema = z.looseObject({
  id: z.int(),
  name: z.nullable(z.string()),
  description: z.optional(z.nullable(z.string())),
  pinned: z.optional(z.boolean()),
  created_at: z.optional(z.string()),
  deleted: z.optional(z.boolean()),
  team_id: z.optional(z.int()),
})
export type DashboardBasic = z.infer<typeof dashboardBasicSchema>

export const dashboardListSchema = paginatedSchema(dashboardBasicSchema)
export type DashboardList = z.infer<typeof dashboardListSchema>
