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
