import { MutationCache, QueryCache, QueryClient } from '@tanstack/react-query'
import { ApiError } from './api-error'

let onSignedOut: () => void = () => {}

/** The router registers what to do when the session is gone (go to sign-in, then come back). */
export function setSignedOutHandler(handler: () => void) {
  onSignedOut = handler
}

// 401 with these codes means "no session"; 401 2fa_required is a step of sign-in, not an error.
const signedOut = (error: unknown) =>
  error instanceof ApiError &&
  error.status === 401 &&
  ['not_authenticated', 'authentication_failed'].includes(error.code)

export function createQueryClient() {
  return new QueryClient({
    queryCache: new QueryCache({ onError: (error) => signedOut(error) && onSignedOut() }),
    mutationCache: new MutationCache({ onError: (error) => signedOut(error) && onSignedOut() }),
    defaultOptions: {
      queries: {
        // Retry only what may pass next time: network and server errors, not 4xx answers.
        retry: (count, error) => count < 2 && !(error instanceof ApiError && error.status < 500),
        refetchOnWindowFocus: true,
      },
      mutations: { retry: false },
    },
  })
}
