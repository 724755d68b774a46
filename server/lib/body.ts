import * as z from 'zod/mini'
import type { DrfIssueParams } from '../../contract/drf'
import { isEmailAddress } from '../../contract/email'
import type { Ctx } from './context'
import { HttpError, validationError } from './errors'

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

/**
 * Validates a body with a contract request schema (`xxxRequestSchema`, built from
 * contract/drf.ts) and answers its first issue as PostHog does: DRF's code and message, `attr`
 * the field's path joined by "__" (null for the body as a whole).
 */
export function parseBody<S extends z.ZodMiniType>(schema: S, body: Body): z.output<S> {
  const result = schema.safeParse(body)
  if (result.success) return result.data
  throw drfError(result.error.issues[0]!)
}

/** One field of `body` read with one field schema (e.g. `userUpdateLaterFields.password`). */
export function parseField<S extends z.ZodMiniType>(
  schema: S,
  body: Body,
  key: string,
): z.output<S> {
  return parseBody(z.object({ [key]: schema }), body)[key] as z.output<S>
}

function drfError(issue: z.core.$ZodIssue): HttpError {
  const attr = issue.path.length > 0 ? issue.path.map(String).join('__') : null
  const drf =
    issue.code === 'custom' ? (issue.params as Partial<DrfIssueParams> | undefined)?.drf : undefined
  // A plain zod check in a request schema reads as DRF's generic "invalid".
  return validationError(drf ?? 'invalid_input', issue.message, attr)
}

/** Every server path checks addresses with the contract's one strict validator (the app uses it too). */
export const isEmail = (value: string) => isEmailAddress(value)
