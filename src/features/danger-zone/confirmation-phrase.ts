import { dangerZoneStrings } from './strings'

/** "Delete My Account " counts: only the words matter, not case or stray spaces. */
export const matchesPhrase = (value: string) =>
  value.trim().replace(/\s+/g, ' ').toLowerCase() === dangerZoneStrings.phrase
