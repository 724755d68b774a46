import type { PersonalApiKey } from '../../../contract/personal-api-keys'
import type { User } from '../../../contract/user'
import { i18n } from '../../lib/i18n'
import { formStrings } from './form-strings'
import { summarise } from './scopes'
import { keysStrings as s } from './strings'

const valid = (iso: string) => !Number.isNaN(new Date(iso).getTime())

/** A day in the app's language and the reader's time zone. */
export const formatDate = (iso: string) =>
  valid(iso) ? i18n.date(new Date(iso), { dateStyle: 'medium' }) : iso

/** A day and time, for a tooltip beside a relative time. */
export const formatDateTime = (iso: string) =>
  valid(iso) ? i18n.date(new Date(iso), { dateStyle: 'medium', timeStyle: 'short' }) : iso

const UNITS: [Intl.RelativeTimeFormatUnit, number][] = [
  ['second', 45],
  ['minute', 45 * 60],
  ['hour', 22 * 3600],
  ['day', 26 * 86400],
  ['month', 320 * 86400],
]
const SECONDS: Record<string, number> = {
  second: 1,
  minute: 60,
  hour: 3600,
  day: 86400,
  month: 30 * 86400,
  year: 365 * 86400,
}

/** "now", "5 minutes ago", "yesterday", in the app's language (Intl's words). */
export function formatRelative(iso: string, now = Date.now()): string {
  if (!valid(iso)) return iso
  const seconds = (new Date(iso).getTime() - now) / 1000
  const format = new Intl.RelativeTimeFormat(i18n.locale, { numeric: 'auto' })
  if (Math.abs(seconds) < 45) return format.format(0, 'second')
  const unit = UNITS.find(([, limit]) => Math.abs(seconds) < limit)?.[0] ?? 'year'
  return format.format(Math.round(seconds / SECONDS[unit]!), unit)
}

/** The key's scopes in one line: the preset's name, All access, or read-only and write counts. */
export function scopeSummary(key: Pick<PersonalApiKey, 'scopes'>): string {
  const summary = summarise(key.scopes)
  switch (summary.kind) {
    case 'all':
      return s.allAccess
    case 'preset':
      return formStrings.presets[summary.value] ?? summary.value
    case 'read':
      return s.readOnly(summary.count)
    case 'mixed':
      return s.readWrite(summary.count, summary.writes)
  }
}

const list = (names: string[]) =>
  new Intl.ListFormat(i18n.locale, { style: 'short', type: 'unit' }).format(names)

/** Where the key works: All projects, the projects' names, or the organizations'. */
export function projectsSummary(
  key: Pick<PersonalApiKey, 'scoped_teams' | 'scoped_organizations'>,
  user: User,
): string {
  const teams = key.scoped_teams ?? []
  if (teams.length > 0) {
    const names = new Map((user.organization?.teams ?? []).map((team) => [team.id, team.name]))
    return list(teams.map((id) => names.get(id) ?? s.unknownProject(id)))
  }
  const organizations = key.scoped_organizations ?? []
  if (organizations.length > 0) {
    const names = new Map(user.organizations.map((org) => [org.id, org.name]))
    return s.organizations(list(organizations.map((id) => names.get(id) ?? s.unknownOrganization)))
  }
  return s.allProjects
}
