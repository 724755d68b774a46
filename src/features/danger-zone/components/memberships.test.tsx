import { screen, waitFor } from '@testing-library/react'
import { beforeEach, describe, expect, it } from 'vitest'
import type { AppConfig } from '../../../../contract/app-config'
import { http, HttpResponse, makeUser, server } from '../../../testing/msw'
import { renderWithApp } from '../../../testing/render'
import { DeleteAccountCard } from './delete-account-card'

const organization = (id: string, name: string) => ({
  id,
  name,
  slug: name.toLowerCase().replace(/\s+/g, '-'),
  membership_level: 1,
})
const member = makeUser({
  email: 'ada@example.com',
  organizations: [organization('org-1', 'Demo Organization'), organization('org-2', 'Acme')],
})

const localConfig: AppConfig = { mode: 'local', organization_settings_url: '/_dev/organizations' }
const proxyConfig: AppConfig = {
  mode: 'proxy',
  organization_settings_url: 'https://posthog.example/settings/organization',
}
/** What our server answers on /_app/config (server/routes/app-config.ts). */
const answerConfig = (answer: AppConfig) =>
  server.use(http.get('/_app/config', () => HttpResponse.json(answer)))

const renderCard = (user = member) =>
  renderWithApp(<DeleteAccountCard />, { user, path: '/settings/danger-zone' })

describe('DeleteAccountCard for a member of organizations', () => {
  beforeEach(() => answerConfig(localConfig))

  it('offers a member no deletion: it lists each organization in the way instead', async () => {
    renderCard(member)
    expect(screen.getByRole('heading', { name: 'Delete your account' })).toBeInTheDocument()
    expect(screen.getByText(/It cannot be undone/)).toBeInTheDocument()
    expect(screen.getByText(/You can’t delete your account yet/)).toHaveTextContent(
      'you are still a member of these organizations',
    )
    expect(screen.queryByRole('button', { name: /Delete account/ })).not.toBeInTheDocument()
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument()
    expect(screen.getByText(/come back here: this page updates by itself/)).toBeInTheDocument()
    // Locally there is no PostHog: the dev tools say so, for each organization.
    const links = await screen.findAllByRole('link')
    expect(links.map((link) => [link.textContent, link.getAttribute('href')])).toEqual([
      ['Why Demo Organization can’t be left on the local server', '/_dev/organizations'],
      ['Why Acme can’t be left on the local server', '/_dev/organizations'],
    ])
  })

  it('links a member to PostHog’s organization settings in proxy mode', async () => {
    answerConfig(proxyConfig)
    const inDemo = makeUser().organization!
    renderCard({ ...member, organization: { ...inDemo, id: 'org-1', name: 'Demo Organization' } })
    const links = await screen.findAllByRole('link', { name: /in PostHog$/ })
    expect(links.map((link) => [link.textContent, link.getAttribute('href')])).toEqual([
      [
        'Leave or delete Demo Organization in PostHog',
        'https://posthog.example/settings/organization',
      ],
      ['Leave or delete Acme in PostHog', 'https://posthog.example/settings/organization'],
    ])
    // PostHog's settings show the current organization: the other one needs a switch first.
    const [current, other] = screen.getAllByRole('listitem')
    expect(current).not.toHaveTextContent(/switch to this one/)
    expect(other).toHaveTextContent('switch to this one there first')
  })

  it('names the organizations without a link when no server says where they are managed', async () => {
    const config = { count: 0 }
    server.use(
      http.get('/_app/config', () => {
        config.count++
        // The app served by nginx next to PostHog: the SPA fallback, not JSON.
        return new HttpResponse('<!doctype html>', { headers: { 'Content-Type': 'text/html' } })
      }),
    )
    renderCard(member)
    await waitFor(() => expect(config.count).toBe(1))
    const items = screen.getAllByRole('listitem').map((li) => li.textContent)
    expect(items).toEqual(['Demo Organization', 'Acme'])
    expect(screen.queryByRole('link')).not.toBeInTheDocument()
  })
})
