import type { Messages } from '@lingui/core'

/**
 * Where every catalogue but English is: each its own lazy chunk, and this map of them a lazy
 * chunk too (about 1.3 KiB gzip, and more with each feature, that the first page would otherwise
 * carry for visitors who read English). The server preloads it with the page's catalogues
 * (server/lib/app-shell.ts), so it costs no extra round trip.
 */
type Catalogue = { messages: Messages }
export const shell = import.meta.glob<Catalogue>(['../lib/locales/*.po', '!../lib/locales/en.po'])
// Keys relative to the features folder ("./email/locales/de.po"): shorter.
export const features = import.meta.glob<Catalogue>(['./*/locales/*.po', '!./*/locales/en.po'], {
  base: '../features',
})
