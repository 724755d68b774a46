import { screen } from '@testing-library/react'
import { vi } from 'vitest'
import type { AppConfig } from '../../../contract/app-config'
import { apiPaths } from '../../config/paths'
import { passkeySignInPaths } from '../../config/passkey-sign-in-paths'
import { PasskeySlotsContext } from '../../features/auth/passkey-slots'
import { LoginPage } from '../../features/auth/components/login-page'
import { getPasskey, PasskeyPromptError } from '../../lib/passkey-ceremony'
import { http, json, makeUser, server } from '../../testing/msw'
import { renderWithApp } from '../../testing/render'
import { passkeySlots } from '../passkey-slots'

/** The passkey sign-in's endpoints. */
export const paths = passkeySignInPaths

export const requestOptions = {
  challenge: 'Y2hhbGxlbmdl',
  timeout: 60000,
  rpId: 'localhost',
  allowCredentials: [],
  userVerification: 'required',
}

/** What the browser's prompt hands back (MSW checks nothing). */
export const assertion = {
  id: 'cGFzc2tleQ',
  rawId: 'cGFzc2tleQ',
  type: 'public-key',
  response: { authenticatorData: 'YQ', clientDataJSON: 'e30', signature: 'c2ln', userHandle: 'dQ' },
  clientExtensionResults: {},
}

export const localConfig: AppConfig = {
  mode: 'local',
  organization_settings_url: null,
  passkeys_url: null,
}

/** The app's config, PostHog's user once signed in, and the passkey sign-in's begin. */
export function passkeyServer(config: AppConfig | null = localConfig) {
  const bodies: unknown[] = []
  server.use(
    http.get('/_app/config', () => (config ? json(config) : json({ detail: 'Not found' }, 404))),
    http.get(apiPaths.me, () => json(makeUser())),
    http.post(paths.loginBegin, () => json(requestOptions)),
    http.post(paths.loginComplete, async ({ request }) => {
      bodies.push(await request.json())
      return json({ success: true })
    }),
  )
  return bodies
}

/**
 * The mocked prompt (tests `vi.mock` '../../lib/passkey-ceremony'): the button's prompt answers
 * `answer()`; the autofill's waits until `pick()`, and ends `superseded` when the button's starts
 * (as the library aborts it).
 */
export function fakePrompts(answer: () => Promise<unknown> = async () => assertion) {
  const prompts = { autofill: 0, button: 0, pick: () => {} }
  let supersede = () => {}
  vi.mocked(getPasskey).mockImplementation((_options, { autofill = false } = {}) => {
    if (!autofill) {
      prompts.button++
      supersede()
      return answer() as never
    }
    prompts.autofill++
    return new Promise((resolve, reject) => {
      prompts.pick = () => resolve(assertion as never)
      supersede = () => reject(new PasskeyPromptError('superseded'))
    })
  })
  return prompts
}

const settings = { path: '/settings/profile', element: <p>profile page</p> }

/** The sign-in page with the app's passkey slots, as main.tsx provides them. */
export function renderSignIn() {
  return renderWithApp(
    <PasskeySlotsContext value={passkeySlots}>
      <LoginPage />
    </PasskeySlotsContext>,
    { path: '/login', routes: [settings] },
  )
}

export const passkeyButton = () => screen.findByRole('button', { name: 'Sign in with a passkey' })
