import { isEmailAddress } from '../../contract/email'
import type { Ctx } from './context'
import { HttpError, requiredField, validationError } from './errors'

export type Body = Record<string, unknown>

/**
 * No settings object nests beyond a handful of levels. Deeper JSON is refused up front: storing it
 * would overflow V8's JSON.stringify (a 500), as PostHog's json.loads hits RecursionError (a 500).
 */
const MAX_NESTING = 100

/** How deeply arrays and objects nest in a valid JSON text (a scan, so a deep one cannot overflow our stack). */
function nestingDepth(text: string): number {
  let depth = 0
  let max = 0
  let inString = false
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]
    if (inString) {
      if (ch === '\\') i++
      else if (ch === '"') inString = false
    } else if (ch === '"') inString = true
    else if (ch === '[' || ch === '{') max = Math.max(max, ++depth)
    else if (ch === ']' || ch === '}') depth--
  }
  return max
}

const parseError = (detail: string) => new HttpError(400, 'invalid_request', 'parse_error', detail)

/**
 * Reads a JSON (or form) body as an object, with DRF's default parsers (JSON, form, multipart).
 * An empty body is {}; another media type is DRF's 415; malformed JSON, a malformed multipart
 * body, JSON nested too deep or a non-object is a 400, never a 500.
 */
export async function readBody(c: Ctx): Promise<Body> {
  const type = c.req.header('Content-Type') ?? ''
  const mediaType = type.split(';')[0]!.trim().toLowerCase()
  if (mediaType === 'application/x-www-form-urlencoded' || mediaType === 'multipart/form-data') {
    let form: Awaited<ReturnType<typeof c.req.parseBody>>
    try {
      form = await c.req.parseBody()
    } catch (error) {
      throw parseError(`Multipart form parse error - ${(error as Error).message}`)
    }
    return Object.fromEntries(Object.entries(form).filter(([, v]) => typeof v === 'string'))
  }
  const text = await c.req.text()
  if (text === '') return {}
  if (mediaType !== 'application/json') {
    throw new HttpError(
      415,
      'invalid_request',
      'unsupported_media_type',
      `Unsupported media type "${type}" in request.`,
    )
  }
  if (text.trim() === '') return {}
  let value: unknown
  try {
    value = JSON.parse(text)
  } catch (error) {
    throw parseError(`JSON parse error - ${(error as Error).message}`)
  }
  if (nestingDepth(text) > MAX_NESTING)
    throw parseError(`JSON parse error - nested deeper than ${MAX_NESTING} levels`)
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    const got = Array.isArray(value) ? 'list' : value === null ? 'null' : typeof value
    throw validationError('invalid_input', `Invalid data. Expected a dictionary, but got ${got}.`)
  }
  return value as Body
}

export const has = (body: Body, key: string) => Object.prototype.hasOwnProperty.call(body, key)

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/

/** DRF CharField: strings only (numbers are coerced as DRF does), trimmed, length-checked. */
export function stringField(
  body: Body,
  key: string,
  opts: { required?: boolean; max?: number; allowBlank?: boolean; trim?: boolean } = {},
): string | undefined {
  if (!has(body, key) || body[key] === undefined) {
    if (opts.required) throw requiredField(key)
    return undefined
  }
  const raw = body[key]
  if (raw === null) throw validationError('null', 'This field may not be null.', key)
  if (typeof raw !== 'string' && typeof raw !== 'number')
    throw validationError('invalid_input', 'Not a valid string.', key)
  const value = opts.trim === false ? String(raw) : String(raw).trim()
  // DRF's ProhibitNullCharactersValidator; a lone surrogate cannot be stored as UTF-8 either.
  if (value.includes('\0'))
    throw validationError('null_characters_not_allowed', 'Null characters are not allowed.', key)
  if (LONE_SURROGATE.test(value)) throw validationError('invalid_input', 'Not a valid string.', key)
  if (!value && !opts.allowBlank)
    throw validationError('blank', 'This field may not be blank.', key)
  if (opts.max !== undefined && value.length > opts.max) {
    throw validationError(
      'max_length',
      `Ensure this field has no more than ${opts.max} characters.`,
      key,
    )
  }
  return value
}

/** DRF BooleanField (null allowed when `nullable`). */
export function booleanField(
  body: Body,
  key: string,
  opts: { nullable?: boolean } = {},
): boolean | null | undefined {
  if (!has(body, key)) return undefined
  const v = body[key]
  if (v === null) {
    if (opts.nullable) return null
    throw validationError('null', 'This field may not be null.', key)
  }
  if (v === true || v === 'true' || v === 1 || v === 'True') return true
  if (v === false || v === 'false' || v === 0 || v === 'False') return false
  throw validationError('invalid_input', 'Must be a valid boolean.', key)
}

/** DRF ChoiceField. */
export function choiceField<T extends string>(
  body: Body,
  key: string,
  choices: readonly T[],
  opts: { nullable?: boolean } = {},
): T | null | undefined {
  if (!has(body, key)) return undefined
  const v = body[key]
  if (v === null) {
    if (opts.nullable) return null
    throw validationError('null', 'This field may not be null.', key)
  }
  if (typeof v !== 'string' || !choices.includes(v as T)) {
    throw validationError(
      'invalid_choice',
      `"${typeof v === 'string' ? v : JSON.stringify(v)}" is not a valid choice.`,
      key,
    )
  }
  return v as T
}

/** DRF IntegerField. */
export function integerField(
  body: Body,
  key: string,
  opts: { required?: boolean } = {},
): number | undefined {
  if (!has(body, key) || body[key] === undefined || body[key] === null) {
    if (opts.required) throw requiredField(key)
    return undefined
  }
  const v = body[key]
  const n =
    typeof v === 'number' ? v : typeof v === 'string' && /^-?\d+$/.test(v.trim()) ? Number(v) : NaN
  if (!Number.isSafeInteger(n))
    throw validationError('invalid_input', 'A valid integer is required.', key)
  return n
}

/** Every server path checks addresses with the contract's one strict validator (the app uses it too). */
export const isEmail = (value: string) => isEmailAddress(value)
