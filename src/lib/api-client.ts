import { ApiError, ContractError, NetworkError } from './api-error'
import { readCsrfToken } from './csrf'
import { awaitReauthentication } from './reauth'

/** Any schema with zod's safeParse (contract/ uses zod/mini). */
export interface Schema<T> {
  safeParse(
    value: unknown,
  ): { success: true; data: T } | { success: false; error: { message: string } }
}

export interface RequestOptions<T> {
  method?: 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE'
  body?: unknown
  /** Parses the response; omit only for empty (204) answers. */
  schema?: Schema<T>
  /** What a 204 means when a schema is given: PostHog versions that answer the same without a body. */
  noContent?: T
  signal?: AbortSignal
}

const UNSAFE = new Set(['POST', 'PATCH', 'PUT', 'DELETE'])

async function send(
  path: string,
  method: string,
  body: unknown,
  signal?: AbortSignal,
): Promise<Response> {
  const headers: Record<string, string> = { Accept: 'application/json' }
  if (body !== undefined) headers['Content-Type'] = 'application/json'
  if (UNSAFE.has(method)) {
    const token = readCsrfToken()
    if (token) headers['X-CSRFToken'] = token
  }
  try {
    return await fetch(path, {
      method,
      headers,
      body: body === undefined ? undefined : JSON.stringify(body),
      credentials: 'include',
      signal,
    })
  } catch (error) {
    if (signal?.aborted) throw error
    throw new NetworkError()
  }
}

/**
 * The one way the app talks to the API: same origin, cookies, CSRF header on writes, PostHog's
 * envelope thrown as ApiError, every answer parsed with its contract schema. A write refused
 * with sensitive_action_required_reauth waits for the re-auth dialog and is sent once more.
 */
export async function apiRequest<T = void>(
  path: string,
  options: RequestOptions<T> = {},
): Promise<T> {
  const method = options.method ?? 'GET'
  let response = await send(path, method, options.body, options.signal)
  if (!response.ok && response.status === 403 && UNSAFE.has(method)) {
    const error = await ApiError.fromResponse(response.clone())
    if (error.code === 'sensitive_action_required_reauth') {
      if (!(await awaitReauthentication())) throw error
      response = await send(path, method, options.body, options.signal)
    }
  }
  if (!response.ok) throw await ApiError.fromResponse(response)
  if (!options.schema) return undefined as T
  if (response.status === 204 && 'noContent' in options) return options.noContent as T
  let json: unknown
  try {
    json = await response.json()
  } catch {
    throw new ContractError(path, 'not JSON')
  }
  const parsed = options.schema.safeParse(json)
  if (!parsed.success) throw new ContractError(path, parsed.error.message)
  return parsed.data
}
