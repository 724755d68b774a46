import { successResponseSchema } from '../../../../contract/auth'
import { verifyEmailResponseSchema, type VerifyEmailBody } from '../../../../contract/email'
import { userSchema, type User } from '../../../../contract/user'
import { apiPaths } from '../../../config/paths'
import { apiRequest } from '../../../lib/api-client'

/** POST /api/users/verify_email/: AllowAny, keyed by uuid; the code is already normalised. */
export const verifyEmail = (body: VerifyEmailBody) =>
  apiRequest(apiPaths.verifyEmail, {
    method: 'POST',
    body,
    schema: verifyEmailResponseSchema,
  })

/** POST /api/users/request_email_verification/: a new code to the pending address. */
export const requestEmailVerification = (uuid: string) =>
  apiRequest(apiPaths.requestEmailVerification, {
    method: 'POST',
    body: { uuid },
    schema: successResponseSchema,
  })

/** PATCH /api/users/cancel_email_change_request/ with `{}` as PostHog's frontend sends. */
export const cancelEmailChange = () =>
  apiRequest<User>(apiPaths.cancelEmailChange, { method: 'PATCH', body: {}, schema: userSchema })
