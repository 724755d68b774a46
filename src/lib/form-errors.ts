import type { FieldValues, Path, UseFormSetError } from 'react-hook-form'
import { ApiError } from './api-error'
import { errorMessage, type ErrorMessages } from './error-message'

/**
 * Puts a failed save's message where the user looks: under the field PostHog named in `attr`
 * when the form has it, else on the form (root.serverError). Typed values are left alone.
 */
export function applyServerError<T extends FieldValues>(
  error: unknown,
  setError: UseFormSetError<T>,
  fields: readonly Path<T>[],
  byCode: ErrorMessages = {},
) {
  const message = errorMessage(error, byCode)
  if (
    error instanceof ApiError &&
    error.attr &&
    (fields as readonly string[]).includes(error.attr)
  ) {
    setError(error.attr as Path<T>, { type: 'server', message }, { shouldFocus: true })
    return
  }
  setError('root.serverError', { type: 'server', message })
}
