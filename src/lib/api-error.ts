import { errorEnvelopeSchema } from '../../contract/errors'

/** An error answered by the API in PostHog's envelope {type, code, detail, attr}. */
export class ApiError extends Error {
  readonly name = 'ApiError'
  constructor(
    readonly status: number,
    readonly type: string,
    readonly code: string,
    readonly detail: string,
    readonly attr: string | null,
    readonly retryAfter: number | null = null,
  ) {
    super(detail)
  }

  static async fromResponse(response: Response): Promise<ApiError> {
    const retry = Number(response.headers.get('Retry-After'))
    const retryAfter = Number.isFinite(retry) && retry > 0 ? retry : null
    let body: unknown = null
    try {
      body = await response.json()
    } catch {
      body = null
    }
    const envelope = errorEnvelopeSchema.safeParse(body)
    if (envelope.success) {
      const { type, code, detail, attr } = envelope.data
      return new ApiError(response.status, type, code, detail, attr ?? null, retryAfter)
    }
    // PostHog's WebAuthn views answer a bare {"error": "…"} (contract/passkeys.ts).
    const bare = (body as { error?: unknown } | null)?.error
    return new ApiError(
      response.status,
      'server_error',
      'error',
      typeof bare === 'string' ? bare : `The server answered ${response.status}.`,
      null,
      retryAfter,
    )
  }
}

/** The request never got an answer: offline, DNS, server down. */
export class NetworkError extends Error {
  readonly name = 'NetworkError'
  constructor() {
    super('network_error')
  }
}

/** The API answered with something the contract does not describe. */
export class ContractError extends Error {
  readonly name = 'ContractError'
  constructor(
    readonly path: string,
    readonly issues: string,
  ) {
    super(`Unexpected response from ${path}`)
  }
}

export const isApiError = (error: unknown, code?: string): error is ApiError =>
  error instanceof ApiError && (code === undefined || error.code === code)
