import { screen, within } from '@testing-library/react'
import { afterEach, describe, expect, it } from 'vitest'
import { apiPaths } from '../../../config/paths'
import { switchLocale } from '../../../lib/i18n'
import { apiError, http, HttpResponse, makeUser, server } from '../../../testing/msw'
import { renderWithApp } from '../../../testing/render'
import { matchesPhrase } from '../confirmation-phrase'
import { dangerZoneStrings } from '../strings'
import { DeleteAccountCard } from './delete-account-card'
import { speakerFor } from '../../../testing/locale'

const organization = (id: string, name: string) => ({
  id,
  name,
  slug: id,
  membership_level: 1,
})
const loner = makeUser({ email: 'alan@example.com', organizations: [] })

/** The feature's catalogue in a language, as its route loads it. */
const speak = speakerFor('danger-zone')

function renderCard(user = loner) {
  return renderWithApp(<DeleteAccountCard />, { user, path: '/settings/danger-zone' })
}

describe('the danger zone in other languages', () => {
  afterEach(async () => {
    await switchLocale('en')
  })

  it('asks for the German phrase, quotes it, and accepts it in any case', async () => {
    await speak('de')
    const deletes = { count: 0 }
    server.use(
      http.delete(apiPaths.me, () => {
        deletes.count++
        return new HttpResponse(null, { status: 204 })
      }),
    )
    const app = renderCard()
    expect(screen.getByRole('heading', { name: 'Ihr Konto löschen' })).toBeVisible()
    await app.user.click(screen.getByRole('button', { name: 'Konto löschen…' }))
    const dialog = await screen.findByRole('dialog', { name: 'Ihr Konto löschen?' })
    const input = within(dialog).getByLabelText(
      'Geben Sie zur Bestätigung „mein Konto löschen“ ein',
    )
    const confirm = within(dialog).getByRole('button', { name: 'Konto löschen' })

    // The English phrase is not the German one.
    await app.user.type(input, 'delete my account')
    expect(confirm).toBeDisabled()
    // The form's own check (behind the disabled button) quotes the same phrase.
    expect(dangerZoneStrings.phraseMismatch).toBe(
      'Geben Sie zur Bestätigung genau „mein Konto löschen“ ein.',
    )

    await app.user.clear(input)
    await app.user.type(input, '  MEIN   konto LÖSCHEN ')
    expect(confirm).toBeEnabled()
    expect(deletes.count).toBe(0)
  })

  it('compares with the locale’s own case rules and either Unicode form of ö', async () => {
    await speak('de')
    expect(matchesPhrase('Mein Konto Löschen')).toBe(true)
    expect(matchesPhrase('mein konto lo\u0308schen')).toBe(true)
    expect(matchesPhrase('delete my account')).toBe(false)
    await switchLocale('en')
    expect(matchesPhrase('Delete My Account')).toBe(true)
  })

  it('lists the organizations in the active language, with Arabic plural forms', async () => {
    await speak('ar')
    const { membershipsIntro, leaveInPostHog } = dangerZoneStrings
    expect(membershipsIntro(1)).toContain('عضوًا في هذه المؤسسة.')
    expect(membershipsIntro(2)).toContain('هاتين المؤسستين')
    expect(membershipsIntro(3)).toContain('هذه المؤسسات')
    // A left-to-right name stays whole inside the right-to-left sentence.
    expect(leaveInPostHog('Acme')).toBe('مغادرة \u2068Acme\u2069 أو حذفها في PostHog')
  })

  it('offers a member in German a link per organization and no deletion', async () => {
    await speak('de')
    server.use(
      http.get('/_app/config', () =>
        HttpResponse.json({
          mode: 'proxy',
          organization_settings_url: 'https://posthog.example/settings/organization',
        }),
      ),
    )
    renderCard(
      makeUser({
        organizations: [organization('org-1', 'Demo Organization'), organization('org-2', 'Acme')],
      }),
    )
    expect(screen.getByText(/^Sie können Ihr Konto noch nicht löschen:/)).toBeVisible()
    expect(
      await screen.findByRole('link', {
        name: 'Demo Organization in PostHog verlassen oder löschen',
      }),
    ).toHaveAttribute('href', 'https://posthog.example/settings/organization')
    expect(screen.queryByRole('button', { name: 'Konto löschen…' })).not.toBeInTheDocument()
  })

  it('explains an unexpected 409 in German', async () => {
    await speak('de')
    server.use(
      http.delete(apiPaths.me, () =>
        apiError(409, 'conflict', 'Cannot delete user with organization memberships.'),
      ),
      http.get(apiPaths.me, () => HttpResponse.json(loner)),
    )
    const app = renderCard(loner)
    await app.user.click(screen.getByRole('button', { name: 'Konto löschen…' }))
    const dialog = await screen.findByRole('dialog')
    await app.user.type(within(dialog).getByRole('textbox'), 'mein Konto löschen')
    await app.user.click(within(dialog).getByRole('button', { name: 'Konto löschen' }))
    expect(await within(dialog).findByRole('alert')).toHaveTextContent(
      'PostHog hat Ihr Konto nicht gelöscht: Es gehört noch einer Organisation an',
    )
  })
})
