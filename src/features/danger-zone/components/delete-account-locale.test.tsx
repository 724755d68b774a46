import { screen, within } from '@testing-library/react'
import { afterEach, describe, expect, it } from 'vitest'
import { apiPaths } from '../../../config/paths'
import { loadScopes, switchLocale } from '../../../lib/i18n'
import type { Locale } from '../../../lib/locales'
import { apiError, http, HttpResponse, makeUser, server } from '../../../testing/msw'
import { renderWithApp } from '../../../testing/render'
import { matchesPhrase } from '../confirmation-phrase'
import { dangerZoneStrings } from '../strings'
import { DeleteAccountCard } from './delete-account-card'

const organization = (id: string, name: string) => ({
  id,
  name,
  slug: id,
  membership_level: 1,
})
const loner = makeUser({ email: 'alan@example.com', organizations: [] })

/** The danger zone's catalogue (as its route loads it), then the language. */
async function speak(locale: Locale) {
  await loadScopes(['danger-zone'])
  await switchLocale(locale)
}

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
    const { memberships } = dangerZoneStrings.errors
    expect(memberships(['Acme'])).toMatch(/^لا تزال عضوًا في \u2068Acme\u2069\. غادر هذه المؤسسة /)
    expect(memberships(['Acme', 'Demo'])).toMatch(
      /^لا تزال عضوًا في \u2068Acme\u2069 و\u2068Demo\u2069\. غادر هاتين المؤسستين /,
    )
    expect(memberships(['A', 'B', 'C'])).toContain('غادر هذه المؤسسات')
    expect(dangerZoneStrings.membershipsIntro(2)).toContain('هاتين المؤسستين')

    await switchLocale('de')
    expect(memberships(['Demo Organization', 'Acme'])).toBe(
      'Sie sind noch Mitglied von Demo Organization und Acme. Verlassen oder löschen Sie diese Organisationen zuerst (Organisationseinstellungen in PostHog) und kommen Sie dann zurück, um Ihr Konto zu löschen.',
    )
  })

  it('explains the 409 in German, naming the organizations', async () => {
    await speak('de')
    const member = makeUser({
      organizations: [organization('org-1', 'Demo Organization'), organization('org-2', 'Acme')],
    })
    server.use(
      http.delete(apiPaths.me, () =>
        apiError(409, 'conflict', 'Cannot delete user with organization memberships.'),
      ),
      http.get(apiPaths.me, () => HttpResponse.json(member)),
    )
    const app = renderCard(member)
    expect(screen.getByText(/^Sie sind noch Mitglied dieser Organisationen\./)).toBeVisible()
    await app.user.click(screen.getByRole('button', { name: 'Konto löschen…' }))
    const dialog = await screen.findByRole('dialog')
    await app.user.type(within(dialog).getByRole('textbox'), 'mein Konto löschen')
    await app.user.click(within(dialog).getByRole('button', { name: 'Konto löschen' }))
    expect(await within(dialog).findByRole('alert')).toHaveTextContent(
      'Sie sind noch Mitglied von Demo Organization und Acme.',
    )
  })
})
