import * as z from 'zod/mini'
import { drfChar, drfField, refuse, refuseRequired, type DrfIssueParams } from './drf'

/** ListField's `child`: one DRF field schema (contract/drf.ts) read for each item. */
type Child<T> = z.ZodMiniType<T>

/** CharField() as a list child: text, trimmed, not blank, not null. */
export const drfListString: Child<string> = drfChar({ required: true })

const DECIMAL_TAIL = /\.0*\s*$/
/** IntegerField() as a list child: an integer, or text that reads as one ("5", "5.0"). */
export const drfListInteger: Child<number> = drfField((raw): number => {
  if (raw === null) return refuse('null', 'This field may not be null.')
  if (raw === undefined) return refuseRequired()
  const invalid = () => refuse('invalid_input', 'A valid integer is required.')
  if (typeof raw === 'boolean' || (typeof raw !== 'string' && typeof raw !== 'number'))
    return invalid()
  const text = String(raw)
  if (text.length > 1000) return refuse('max_string_length', 'String value too large.')
  const digits = text.replace(DECIMAL_TAIL, '').trim()
  if (!/^[+-]?\d+$/.test(digits)) return invalid()
  return Number(digits)
})

/** Python's type name in "Expected a list of items but got type …". */
function pythonType(value: unknown): string {
  if (typeof value === 'string') return 'str'
  if (typeof value === 'boolean') return 'bool'
  if (typeof value === 'number') return Number.isInteger(value) ? 'int' : 'float'
  return 'dict'
}

interface ListOptions {
  required?: boolean
  nullable?: boolean
  /** allow_empty (DRF's default is true). */
  allowEmpty?: boolean
}

/**
 * ListField(child=…): a JSON array whose items each pass `child`; an item's refusal is reported
 * at `<field>__<index>` as exceptions-hog joins DRF's nested errors.
 */
export function drfList<T>(child: Child<T>, opts: ListOptions = {}) {
  const field = z.pipe(
    z.unknown(),
    z.transform((raw: unknown, ctx): T[] | null | undefined => {
      const fail = (code: DrfIssueParams['drf'], message: string, path: number[] = []) => {
        const params: DrfIssueParams = { drf: code }
        ctx.issues.push({ code: 'custom', message, input: raw, params, path })
        return z.NEVER
      }
      if (raw === undefined)
        return opts.required ? fail('required', 'This field is required.') : undefined
      if (raw === null) return opts.nullable ? null : fail('null', 'This field may not be null.')
      if (!Array.isArray(raw))
        return fail('not_a_list', `Expected a list of items but got type "${pythonType(raw)}".`)
      if (raw.length === 0 && opts.allowEmpty === false)
        return fail('empty', 'This list may not be empty.')
      const items: T[] = []
      for (const [index, item] of raw.entries()) {
        const result = child.safeParse(item)
        if (!result.success) {
          const issue = result.error.issues[0]!
          const params = issue.code === 'custom' ? (issue.params as Partial<DrfIssueParams>) : {}
          const drf = params?.drf ?? 'invalid_input'
          return fail(drf, issue.message, [index])
        }
        items.push(result.data)
      }
      return items
    }),
  )
  return (opts.required ? field : z.optional(field)) as typeof field
}
