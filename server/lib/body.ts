import type { Ctx } from './context'
import { HttpError, requiredField, validationError } from './errors'

export type Body = Record<string, unknown>

/**
 * Reads a JSON (or form) body as an object. An empty body is {}; malformed JSON or a
 * non-object is PostHog's 400, never a 500.
 */
export async function readBody(c: Ctx): Promise<Body> {
  const type = c.req.header('Content-Type') ?? ''
  if (type.includes('application/x-www-form-urlencoded') || type.includes('multipart/form-data')) {
    const form = await c.req.parseBody()
    return Object.fromEntries(Object.entries(form).filter(([, v]) => typeof v === 'string'))
  }
  const text = await c.req.text()
  if (text.trim() === '') return {}
  let value: unknown
  try {
    value = JSON.parse(text)
  } catch (error) {
    throw new HttpError(400, 'invalid_request', 'parse_error', `JSON parse error - ${(error as Error).message}`)
  }
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    const got = Array.isArray(value) ? 'list' : value === null ? 'null' : typeof value
    throw validationError('invalid_input', `Invalid data. Expected a dictionary, but got ${got}.`)
  }
  return value as Body
}

export const has = (body: Body, key: string) => Object.prototype.hasOwnProperty.call(body, key)

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
  if (typeof raw !== 'string' && typeof raw !== 'number') throw validationError('invalid_input', 'Not a valid string.', key)
  const value = opts.trim === false ? String(raw) : String(raw).trim()
  if (!value && !opts.allowBlank) throw validationError('blank', 'This field may not be blank.', key)
  if (opts.max !== undefined && value.length > opts.max) {
    throw validationError('max_length', `Ensure this field has no more than ${opts.max} characters.`, key)
  }
  return value
}

/** DRF BooleanField (null allowed when `nullable`). */
export function booleanField(body: Body, key: string, opts: { nullable?: boolean } = {}): boolean | null | undefined {
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
    throw validationError('invalid_choice', `"${typeof v === 'string' ? v : JSON.stringify(v)}" is not a valid choice.`, key)
  }
  return v as T
}

/** DRF IntegerField. */
export function integerField(body: Body, key: string, opts: { required?: boolean } = {}): number | undefined {
  if (!has(body, key) || body[key] === undefined || body[key] === null) {
    if (opts.required) throw requiredField(key)
    return undefined
  }
  const v = body[key]
  const n = typeof v === 'number' ? v : typeof v === 'string' && /^-?\d+$/.test(v.trim()) ? Number(v) : NaN
  if (!Number.isSafeInteger(n)) throw validationError('invalid_input', 'A valid integer is required.', key)
  return n
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/

export function isEmail(value: string) {
  return value.length <= 254 && EMAIL.test(value)
}
