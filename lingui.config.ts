import { formatter } from '@lingui/format-po'
import { defineConfig } from '@lingui/cli'

// The translation catalogues (docs/decisions/0010-translations-lingui.md): one for the shell
// (src/app, src/lib, src/components) and one per feature, each with a .po file per locale.
// English is the source; en-XA is the pseudo-locale Lingui generates for tests and development.
// LINGUI_SCOPE=email (or shell) limits `lingui extract` to one catalogue, so people working on
// different features at once never rewrite each other's files.
const scope = process.env.LINGUI_SCOPE
const shell = {
  path: '<rootDir>/src/lib/locales/{locale}',
  include: ['<rootDir>/src/app', '<rootDir>/src/lib', '<rootDir>/src/components'],
}
const feature = (name: string) => ({
  path: `<rootDir>/src/features/${name}/locales/{locale}`,
  include: [`<rootDir>/src/features/${name}`],
})

export default defineConfig({
  sourceLocale: 'en',
  locales: ['en', 'de', 'fr', 'ja', 'ar', 'en-XA'],
  pseudoLocale: 'en-XA',
  fallbackLocales: { default: 'en' },
  format: formatter({ lineNumbers: false }),
  orderBy: 'messageId',
  catalogs: scope === 'shell' ? [shell] : scope ? [feature(scope)] : [shell, feature('{name}')],
})
