import * as z from 'zod/mini'

// DRF LimitOffsetPagination (page size 100 on /api/users/); next/previous are absolute URLs.
export function paginatedSchema<T extends z.ZodMiniType>(item: T) {
  return z.object({
    count: z.int().check(z.gte(0)),
    next: z.nullable(z.string()),
    previous: z.nullable(z.string()),
    results: z.array(item),
  })
}
export type Paginated<T> = {
  count: number
  next: string | null
  previous: string | null
  results: T[]
}
