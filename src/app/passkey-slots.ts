import { lazy } from 'react'
import type { PasskeySlots } from '../features/auth/passkey-slots'
import { withCatalogues } from './catalogues'

// The passkey sign-in's code, in a chunk of its own fetched with its catalogue: the first page
// carries only these few lines (docs/decisions/0005-first-page-budget.md).
const load = withCatalogues(() => import('../features/passkey-sign-in'), ['passkey-sign-in'])

/** Provided in main.tsx: without it (tests, prerender) the sign-in is password and code only. */
export const passkeySlots: PasskeySlots = {
  // A chunk that never arrives leaves the password (and the code) as they are.
  SignIn: lazy(() =>
    load().then(
      (m) => ({ default: m.PasskeySignIn }),
      () => ({ default: () => null }),
    ),
  ),
  SecondFactor: lazy(() =>
    load().then(
      (m) => ({ default: m.PasskeySecondFactor }),
      (): { default: PasskeySlots['SecondFactor'] } => ({ default: ({ codeStep }) => codeStep }),
    ),
  ),
  Reauth: lazy(() =>
    load().then(
      (m) => ({ default: m.PasskeyReauth }),
      () => ({ default: () => null }),
    ),
  ),
  // A failure shows when the slot renders (its fallback); a preload has nothing to tell.
  preload: () => void load().catch(() => {}),
}
