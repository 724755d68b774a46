import { passkeySignInStrings as s } from '../strings'

/** "or" between the other way in and the passkey's. */
export function OrDivider() {
  return (
    <p className="passkey-divider">
      <span>{s.or}</span>
    </p>
  )
}
