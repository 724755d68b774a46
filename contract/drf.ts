import * as z from 'zod/mini'
import type { KnownErrorCode } from './errors'

/**
 * Request fields as Django REST framework reads them (rest_framework/fields.py), for the
 * `xxxRequestSchema`s: what PostHog accepts, which is looser than what the app sends (numbers
 * read as strings, "true" as a boolean, text trimmed). Each refusal is one issue whose
 * `params.drf` is DRF's error code and whose message is DRF's, so a server turns the first
 * issue into PostHog's envelope {type, code, detail, attr} without knowing the field.
 */
export interface DrfIssueParams {
  drf: KnownErrorCode
}

class Refusal {
  constructor(
    readonly code: KnownErrorCode,
    readonly message: string,
  ) {}
}

/** Inside a reader: stops it with DRF's code and message. */
export const refuse = (code: KnownErrorCode, message: string): never => {
  throw new Refusal(code, message)
}
export const refuseRequired = (): never => refuse('required', 'This field is required.')
const refuseNull = (): never => refuse('null', 'This field may not be null.')

/**
 * A field read by `read`, which gets the raw JSON value. An absent key reaches `read` as
 * undefined, unless the field is `optional`: then it is left out of the output unread.
 */
export function drfField<T>(read: (value: unknown) => T, optional = false) {
  const field = z.pipe(
    z.unknown(),
    z.transform((value: unknown, ctx) => {
      try {
        return read(value)
      } catch (error) {
        if (!(error instanceof Refusal)) throw error
        const params: DrfIssueParams = { drf: error.code }
        ctx.issues.push({ code: 'custom', message: error.message, input: value, params })
        return z.NEVER
      }
    }),
  )
  // The type stays the pipe's: its output already includes undefined where a field may be absent.
  return (optional ? z.optional(field) : field) as typeof field
}

interface Presence {
  /** Absent is `required` (else the field reads as undefined). */
  required?: boolean
  /** null is a value (else it is DRF's `null`). */
  nullable?: boolean
}

/** undefined or null handled as `opts` says; `true` means "a value to read". */
function present(value: unknown, opts: Presence): value is NonNullable<unknown> {
  if (value === undefined) return opts.required ? refuseRequired() : false
  if (value === null) return opts.nullable ? false : refuseNull()
  return true
}
type Absent<O extends Presence> =
  (O['required'] extends true ? never : undefined) | (O['nullable'] extends true ? null : never)

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/

/** CharField: strings (numbers read as text), trimmed, no NUL, not blank unless allowed, max length. */
export function drfChar<
  O extends Presence & { max?: number; allowBlank?: boolean; trim?: boolean },
>(opts: O = {} as O) {
  return drfField((raw): string | Absent<O> => {
    if (!present(raw, opts)) return raw as Absent<O>
    if (typeof raw !== 'string' && typeof raw !== 'number')
      return refuse('invalid_input', 'Not a valid string.')
    const value = opts.trim === false ? String(raw) : String(raw).trim()
    // ProhibitNullCharactersValidator; a lone surrogate cannot be stored as UTF-8 either.
    if (value.includes('\0'))
      return refuse('null_characters_not_allowed', 'Null characters are not allowed.')
    if (LONE_SURROGATE.test(value)) return refuse('invalid_input', 'Not a valid string.')
    if (!value && !opts.allowBlank) return refuse('blank', 'This field may not be blank.')
    if (opts.max !== undefined && value.length > opts.max)
      return refuse('max_length', `Ensure this field has no more than ${opts.max} characters.`)
    return value
  }, !opts.required)
}

const TRUE = new Set<unknown>([true, 'true', 1, 'True'])
const FALSE = new Set<unknown>([false, 'false', 0, 'False'])

/** BooleanField: true/false, "true"/"false", "True"/"False", 1/0. */
export function drfBoolean<O extends Presence>(opts: O = {} as O) {
  return drfField((raw): boolean | Absent<O> => {
    if (!present(raw, opts)) return raw as Absent<O>
    if (TRUE.has(raw)) return true
    if (FALSE.has(raw)) return false
    return refuse('invalid_input', 'Must be a valid boolean.')
  }, !opts.required)
}

/** ChoiceField. */
export function drfChoice<const T extends string, O extends Presence>(
  choices: readonly T[],
  opts: O = {} as O,
) {
  return drfField((raw): T | Absent<O> => {
    if (!present(raw, opts)) return raw as Absent<O>
    if (typeof raw !== 'string' || !(choices as readonly string[]).includes(raw))
      return refuse(
        'invalid_choice',
        `"${typeof raw === 'string' ? raw : JSON.stringify(raw)}" is not a valid choice.`,
      )
    return raw as T
  }, !opts.required)
}

/** JSONField (null allowed); `object` also wants a JSON object, as a dict-typed field does. */
export function drfJson(kind: 'object' | 'any') {
  return drfField((raw): unknown => {
    if (raw === undefined || raw === null) return raw
    if (kind === 'object' && (typeof raw !== 'object' || Array.isArray(raw)))
      return refuse('invalid_input', 'Value must be valid JSON.')
    return raw
  }, true)
}
