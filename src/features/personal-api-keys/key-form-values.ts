import * as z from 'zod/mini'
import {
  effectiveScopes,
  PERSONAL_API_KEY_LABEL_MAX,
  type PersonalApiKey,
  type PersonalApiKeyBody,
} from '../../../contract/personal-api-keys'
import { formStrings as s } from './form-strings'

/**
 * The create and edit form. Field names are PostHog's (`label`, `scopes`, `scoped_teams`,
 * `scoped_organizations`), so a refusal's `attr` lands under its field. Checkbox values are
 * strings; the body turns project ids back into numbers.
 */
export const keyFormSchema = z
  .object({
    label: z.string().check(
      z.refine((value) => value.trim().length > 0, { error: () => s.labelRequired }),
      z.refine((value) => value.trim().length <= PERSONAL_API_KEY_LABEL_MAX, {
        error: () => s.labelTooLong(PERSONAL_API_KEY_LABEL_MAX),
      }),
    ),
    scopes: z.array(z.string()).check(z.minLength(1, { error: () => s.scopesRequired })),
    access: z.enum(['all', 'organizations', 'teams']),
    scoped_teams: z.array(z.string()),
    scoped_organizations: z.array(z.string()),
  })
  .check(
    z.refine((values) => values.access !== 'teams' || values.scoped_teams.length > 0, {
      error: () => s.teamsRequired,
      path: ['scoped_teams'],
    }),
    z.refine(
      (values) => values.access !== 'organizations' || values.scoped_organizations.length > 0,
      { error: () => s.organizationsRequired, path: ['scoped_organizations'] },
    ),
  )
export type KeyFormValues = z.infer<typeof keyFormSchema>

export const emptyKeyForm: KeyFormValues = {
  label: '',
  scopes: [],
  access: 'all',
  scoped_teams: [],
  scoped_organizations: [],
}

/** A key as the form shows it (an empty stored scope list is all access). */
export function keyFormValues(key: PersonalApiKey): KeyFormValues {
  const teams = key.scoped_teams ?? []
  const organizations = key.scoped_organizations ?? []
  return {
    label: key.label,
    scopes: [...effectiveScopes(key)],
    access: teams.length > 0 ? 'teams' : organizations.length > 0 ? 'organizations' : 'all',
    scoped_teams: teams.map(String),
    scoped_organizations: organizations,
  }
}

/** What is sent: both scoped_* fields always, empty when not restricted (as PostHog's SPA). */
export function keyBody(values: KeyFormValues): PersonalApiKeyBody {
  return {
    label: values.label.trim(),
    scopes: values.scopes,
    scoped_teams: values.access === 'teams' ? values.scoped_teams.map(Number) : [],
    scoped_organizations: values.access === 'organizations' ? values.scoped_organizations : [],
  }
}
