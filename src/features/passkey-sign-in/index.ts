/** The passkey parts of the sign-in steps, one lazy chunk (src/app/passkey-slots.ts). */
export { PasskeySignIn } from './components/passkey-sign-in'
export { PasskeySecondFactor } from './components/passkey-second-factor'
export { PasskeyReauth } from './components/passkey-reauth'
