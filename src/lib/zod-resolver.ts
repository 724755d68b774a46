import { get, set, type FieldErrors, type FieldValues, type Resolver } from 'react-hook-form'
import type * as z from 'zod/mini'

/**
 * react-hook-form's resolver for a zod/mini schema: the schema's first issue per field becomes
 * that field's error (an issue without a path goes to `root`). What @hookform/resolvers' zod
 * resolver does for these forms (no `criteriaMode: 'all'`, no native validation), in a tenth of
 * its size: the first page's budget is tight (docs/decisions/0005-first-page-budget.md).
 */
export function zodResolver<S extends z.ZodMiniType<FieldValues, FieldValues>>(
  schema: S,
): Resolver<z.input<S>, unknown, z.output<S>> {
  return async (values) => {
    const result = await schema.safeParseAsync(values)
    if (result.success) return { values: result.data, errors: {} }
    const errors: FieldErrors = {}
    for (const issue of result.error.issues) {
      const path = issue.path.join('.') || 'root'
      if (!get(errors, path)) set(errors, path, { type: issue.code, message: issue.message })
    }
    return { values: {}, errors: errors as FieldErrors<z.input<S>> }
  }
}
