import type {
  AuthenticationResponseJSON,
  PublicKeyCredentialCreationOptionsJSON,
  PublicKeyCredentialRequestOptionsJSON,
  RegistrationResponseJSON,
} from '@simplewebauthn/browser'
import type { PasskeyRegistrationOptions, PasskeyRequestOptions } from '../../contract/passkeys'

/**
 * The browser's passkey prompt (WebAuthn), for every place that opens one: adding a passkey,
 * signing in with one, and a passkey as the second factor. `@simplewebauthn/browser` is fetched
 * only when a ceremony starts, never with the first page.
 */

/**
 * Why a prompt gave no passkey:
 * - `cancelled`: the person closed it, or it timed out (the browser does not say which);
 * - `superseded`: the app started another prompt, which ends this one (say, the sign-in button
 *   while autofill was waiting): nothing to tell anyone;
 * - `known`: adding a passkey this authenticator already holds for the account;
 * - `unsupported`: this browser has no WebAuthn, or no autofill for it;
 * - `failed`: anything else the authenticator or browser refused.
 */
export type PasskeyPromptFailure = 'cancelled' | 'superseded' | 'known' | 'unsupported' | 'failed'

export class PasskeyPromptError extends Error {
  constructor(
    readonly reason: PasskeyPromptFailure,
    cause?: unknown,
  ) {
    super(`Passkey prompt: ${reason}`, { cause })
    this.name = 'PasskeyPromptError'
  }
}

export const isPasskeyPromptError = (error: unknown): error is PasskeyPromptError =>
  error instanceof PasskeyPromptError

/** Whether this browser can run a passkey prompt at all (checked without loading the library). */
export const browserHasPasskeys = () =>
  typeof window !== 'undefined' && typeof window.PublicKeyCredential === 'function'

const library = () => import('@simplewebauthn/browser')

function reasonOf(error: unknown): PasskeyPromptFailure {
  const named = error as { name?: string; code?: string; cause?: { name?: string } } | null
  const name = named?.cause?.name ?? named?.name
  if (named?.code === 'ERROR_CEREMONY_ABORTED' || name === 'AbortError') return 'superseded'
  if (named?.code === 'ERROR_AUTHENTICATOR_PREVIOUSLY_REGISTERED' || name === 'InvalidStateError')
    return 'known'
  if (name === 'NotAllowedError') return 'cancelled'
  return 'failed'
}

async function prompt<T>(run: () => Promise<T>): Promise<T> {
  if (!browserHasPasskeys()) throw new PasskeyPromptError('unsupported')
  try {
    return await run()
  } catch (error) {
    throw isPasskeyPromptError(error) ? error : new PasskeyPromptError(reasonOf(error), error)
  }
}

/** Makes a new passkey with the server's creation options. */
export const createPasskey = (options: PasskeyRegistrationOptions) =>
  prompt<RegistrationResponseJSON>(async () =>
    (await library()).startRegistration({
      optionsJSON: options as PublicKeyCredentialCreationOptionsJSON,
    }),
  )

/**
 * Asks for a passkey with the server's request options. With `autofill`, it waits quietly for the
 * person to pick one in the browser's autofill of a field whose `autocomplete` ends in `webauthn`
 * (conditional mediation), and fails `unsupported` where the browser has no such thing.
 */
export const getPasskey = (options: PasskeyRequestOptions, { autofill = false } = {}) =>
  prompt<AuthenticationResponseJSON>(async () => {
    const webauthn = await library()
    if (autofill && !(await webauthn.browserSupportsWebAuthnAutofill()))
      throw new PasskeyPromptError('unsupported')
    return webauthn.startAuthentication({
      optionsJSON: options as PublicKeyCredentialRequestOptionsJSON,
      useBrowserAutofill: autofill,
    })
  })

/**
 * Ends the prompt or autofill wait this page started, if one is still open (say, the sign-in form
 * left the screen while the email field's autofill waited): it then fails `superseded`.
 */
export async function cancelPasskeyPrompt() {
  if (!browserHasPasskeys()) return
  ;(await library()).WebAuthnAbortService.cancelCeremony()
}
