import { expect } from 'vitest'
import type { ErrorType, KnownErrorCode } from '../../contract/errors'
import type { Res } from './harness'

/** PostHog's error envelope as the server answers it (`errorEnvelopeSchema` in contract/errors.ts). */
export const envelope = (
  type: ErrorType,
  code: KnownErrorCode,
  detail: string,
  attr: string | null = null,
) => ({ type, code, detail, attr })

/** A 400 envelope: DRF's code and message, on `attr` when a field is at fault. */
export const validation = (code: KnownErrorCode, detail: string, attr: string | null = null) =>
  envelope('validation_error', code, detail, attr)

/** The answer has this status and exactly this body. */
export function expectAnswer(res: Pick<Res, 'status' | 'body'>, status: number, body: unknown) {
  expect(res.status).toBe(status)
  expect(res.body).toEqual(body)
}

/** DRF's 429: its message and a Retry-After of the same number of seconds. */
export function expectThrottled(res: Res, seconds: number) {
  expectAnswer(
    res,
    429,
    envelope(
      'throttled_error',
      'throttled',
      `Request was throttled. Expected available in ${seconds} seconds.`,
    ),
  )
  expect(res.headers.get('Retry-After')).toBe(String(seconds))
}

/** DRF's 403 PermissionDenied with the view's message. */
export const permissionDenied = (detail: string) =>
  envelope('authentication_error', 'permission_denied', detail)

/** The 403 of a write outside the sensitive window (or the fresh-re-auth one, with its detail). */
export const reauthRequired = (detail = 'This action requires you to be recently authenticated.') =>
  envelope('authentication_error', 'sensitive_action_required_reauth', detail)
