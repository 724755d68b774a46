import { createContext, type ComponentType, type ReactNode } from 'react'

/**
 * What the sign-in steps offer for passkeys. They live in another feature (passkey-sign-in),
 * which this one may not import: the app provides them (src/app/provider.tsx). Without a
 * provider (tests, a build without passkeys) the steps are password and code only.
 */
export interface PasskeySlots {
  /**
   * Under the password form: "Sign in with a passkey", and the passkey autofill of the email
   * field. Renders nothing where passkeys cannot work (proxy mode, a browser without WebAuthn).
   */
  SignIn: ComponentType<{ leaving: boolean; onSignedIn: () => void }>
  /**
   * The second step. `codeStep` is the intro and the code form, shown when the account has an
   * authenticator app (or when it cannot tell); "Use a passkey" when its passkeys are a second
   * factor. `secondary` (the way back) is shown either way. `onRestart` takes a failure and
   * answers whether it sent the person back to the password (an expired or lost sign-in).
   */
  SecondFactor: ComponentType<{
    codeStep: ReactNode
    secondary: ReactNode
    leaving: boolean
    onVerified: () => void
    onRestart: (error: unknown) => boolean
  }>
  /**
   * Under the re-auth dialog's password: "Use a passkey", for a user with a verified passkey;
   * `onDone` once the same user has signed in again with it. Nothing where passkeys cannot work.
   */
  Reauth: ComponentType<{ onDone: () => void }>
  /** Fetches the second step's passkey part, with the code step's (`preloadCodeStep`). */
  preload: () => void
}

export const PasskeySlotsContext = createContext<PasskeySlots | null>(null)
