import { successResponseSchema } from '../../../../contract/auth'
import { apiPaths } from '../../../config/paths'
import { apiRequest } from '../../../lib/api-client'
import { inSignInQueue } from '../../../lib/sign-in-queue'

export const signIn = (email: string, password: string) =>
  inSignInQueue(() =>
    apiRequest(apiPaths.login, {
      method: 'POST',
      body: { email, password },
      schema: successResponseSchema,
    }),
  )

export const submitSecondFactor = (token: string) =>
  apiRequest(apiPaths.loginToken, {
    method: 'POST',
    body: { token },
    schema: successResponseSchema,
  })

/** POST /logout answers with a redirect to the sign-in page; fetch follows it, nothing to parse. */
export const signOut = () => apiRequest(apiPaths.logout, { method: 'POST' })
