import { screen, within } from '@testing-library/react'
import type { PasskeyCredential } from '../../../contract/passkeys'
import type { User } from '../../../contract/user'
import { apiPaths } from '../../config/paths'
import { passkeyApiPaths } from '../../config/passkey-paths'
import { speakerFor } from '../../testing/locale'
import { http, HttpResponse, json, makeUser, server } from '../../testing/msw'
import { renderWithApp } from '../../testing/render'
import { PasskeysSection } from './components/passkeys-section'

export const jane = makeUser({ email: 'jane@example.com', passkeys_enabled_for_2fa: false })

export const laptop: PasskeyCredential = {
  id: '0192f0e4-1f2a-7000-8000-000000000001',
  label: 'Work laptop',
  created_at: '2025-06-01T09:14:00.123456Z',
  transports: ['internal'],
  verified: true,
  authenticator_type: 'platform',
}
export const yubikey: PasskeyCredential = {
  id: '0192f0e4-1f2a-7000-8000-000000000002',
  label: 'YubiKey',
  created_at: '2025-05-01T09:14:00Z',
  transports: ['usb', 'nfc'],
  verified: false,
  authenticator_type: 'hardware',
}

/** What the browser's prompts hand back (the server here is MSW, which checks nothing). */
export const attestation = {
  id: 'bmV3',
  rawId: 'bmV3',
  type: 'public-key',
  response: { clientDataJSON: 'e30', attestationObject: 'o2M', transports: ['internal'] },
  clientExtensionResults: {},
}
export const assertion = {
  id: 'bmV3',
  rawId: 'bmV3',
  type: 'public-key',
  response: { authenticatorData: 'YQ', clientDataJSON: 'e30', signature: 'c2ln', userHandle: 'dQ' },
  clientExtensionResults: {},
}
export const creationOptions = {
  rp: { name: 'PostHog', id: 'localhost' },
  user: { id: 'AZKi8h3wcBCm1u4p9yQm3A', name: 'jane@example.com', displayName: 'Jane' },
  challenge: 'Y2hhbGxlbmdl',
  pubKeyCredParams: [{ type: 'public-key', alg: -7 }],
  timeout: 60000,
  excludeCredentials: [],
  authenticatorSelection: {
    residentKey: 'required',
    requireResidentKey: true,
    userVerification: 'required',
  },
  attestation: 'none',
}
const requestOptions = (id: string) => ({
  challenge: 'dmVyaWZ5',
  timeout: 60000,
  rpId: 'localhost',
  allowCredentials: [{ id, type: 'public-key' }],
  userVerification: 'required',
})

const NEW_ID = '0192f0e4-1f2a-7000-8000-000000000099'

/**
 * A small server for the section: the list and the user follow what the requests do, and each
 * request is recorded as "METHOD /path" with its body. Tests override single endpoints with
 * server.use() afterwards (later handlers win).
 */
export function passkeysServer({
  passkeys = [laptop, yubikey],
  user = jane,
  mode = 'local',
  passkeysUrl = null,
}: {
  passkeys?: PasskeyCredential[]
  user?: User
  mode?: 'local' | 'proxy' | null
  passkeysUrl?: string | null
} = {}) {
  const state = {
    passkeys: passkeys.map((passkey) => ({ ...passkey })),
    user,
    calls: [] as string[],
    bodies: [] as unknown[],
  }
  const record = async (request: Request) => {
    state.calls.push(`${request.method} ${new URL(request.url).pathname}`)
    const text = await request.clone().text()
    state.bodies.push(text ? JSON.parse(text) : null)
  }
  const find = (id: unknown) => state.passkeys.find((passkey) => passkey.id === String(id))
  const gone = () => json({ error: 'Credential not found.' }, 404)
  server.use(
    http.get('/_app/config', () =>
      mode
        ? json({ mode, organization_settings_url: null, passkeys_url: passkeysUrl })
        : new HttpResponse('Not found', { status: 404 }),
    ),
    http.get(apiPaths.me, () => json(state.user)),
    http.patch(apiPaths.me, async ({ request }) => {
      await record(request)
      const body = (await request.clone().json()) as Partial<User>
      state.user = makeUser({ ...state.user, ...body })
      return json(state.user)
    }),
    http.get(passkeyApiPaths.credentials, () => json(state.passkeys)),
    http.post(passkeyApiPaths.registerBegin, async ({ request }) => {
      await record(request)
      return json(creationOptions)
    }),
    http.post(passkeyApiPaths.registerComplete, async ({ request }) => {
      await record(request)
      const { label } = (await request.clone().json()) as { label: string }
      state.passkeys.unshift({
        ...laptop,
        id: NEW_ID,
        label,
        created_at: new Date().toISOString(),
        verified: false,
      })
      return json({ success: true, credential_id: NEW_ID, message: 'Credential stored.' })
    }),
    http.post(`${passkeyApiPaths.credentials}:id/verify`, async ({ request, params }) => {
      await record(request)
      const passkey = find(params.id)
      return passkey ? json(requestOptions(passkey.id as string)) : gone()
    }),
    http.post(`${passkeyApiPaths.credentials}:id/verify_complete`, async ({ request, params }) => {
      await record(request)
      const passkey = find(params.id)
      if (!passkey) return gone()
      passkey.verified = true
      return json(passkey)
    }),
    http.patch(`${passkeyApiPaths.credentials}:id/`, async ({ request, params }) => {
      await record(request)
      const passkey = find(params.id)
      if (!passkey) return gone()
      passkey.label = ((await request.clone().json()) as { label: string }).label
      return json(passkey)
    }),
    http.delete(`${passkeyApiPaths.credentials}:id/`, async ({ request, params }) => {
      await record(request)
      if (!find(params.id)) return gone()
      state.passkeys = state.passkeys.filter((passkey) => passkey.id !== String(params.id))
      return new HttpResponse(null, { status: 204 })
    }),
  )
  return state
}

export { NEW_ID }

/** The list's row of the passkey with this name. */
export function passkeyRow(name: string) {
  const rows = within(screen.getByRole('list', { name: 'Your passkeys' })).getAllByRole('listitem')
  const row = rows.find((li) => within(li).queryByRole('heading', { name }))
  if (!row) throw new Error(`No passkey named ${name}`)
  return row
}

/** The section as jane sees it. */
export const renderPasskeys = (user: User = jane) =>
  renderWithApp(<PasskeysSection />, { user, path: '/settings/two-factor' })

/** The feature's catalogue in a language, as its route loads it. */
export const speak = speakerFor('passkeys')
