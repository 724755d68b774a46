import {
  passwordResetCompleteAnswerSchema,
  type PasswordResetCompleteAnswer,
  type PasswordResetCompleteBody,
  type PasswordResetRequestBody,
} from '../../../../contract/password-reset'
import { apiPaths } from '../../../config/paths'
import { apiRequest } from '../../../lib/api-client'

/** 204 whatever the address (nothing tells whether it has an account). */
export const requestReset = (email: string) =>
  apiRequest(apiPaths.passwordReset, {
    method: 'POST',
    body: { email } satisfies PasswordResetRequestBody,
  })

/** 200 with an empty body (newest PostHog) or 204 (older): both read as nothing. */
export const checkResetToken = (uuid: string, token: string, signal?: AbortSignal) =>
  apiRequest(`${apiPaths.passwordResetToken(uuid)}?token=${encodeURIComponent(token)}`, {
    signal,
  })

/** The newest PostHog's `{success, email}` (nobody signed in), or null for an older one's 204. */
export const resetPassword = (uuid: string, token: string, password: string) =>
  apiRequest<PasswordResetCompleteAnswer>(apiPaths.passwordResetToken(uuid), {
    method: 'POST',
    body: { token, password } satisfies PasswordResetCompleteBody,
    schema: passwordResetCompleteAnswerSchema,
    noContent: null,
  })
