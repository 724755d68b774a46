import { formatter } from '@lingui/format-po'
import { defineConfig } from '@lingui/cli'

// The translation catalogues (docs/decisions/0010-translations-lingui.md): one for the shell
// (src/app, src/lib, src/components) and one per feature, each with a .po file per locale.
// English is the source; en-XA is the pseudo-locale Lingui generates for tests and development.
export default defineConfig({
  sourceLocale: 'en',
  locales: ['en', 'de', 'fr', 'ja', 'ar', 'en-XA'],
  pseudoLocale: 'en-XA',
  fallbackLocales: { default: 'en' },
  format: formatter({ lineNumbers: false }),
  orderBy: 'messageId',
  catalogs: [
    {
      path: '<rootDir>/src/lib/locales/{locale}',
      include: ['<rootDir>/src/app', '<rootDir>/src/lib', '<rootDir>/src/components'],
    },
    {
      path: '<rootDir>/src/features/{name}/locales/{locale}',
      include: ['<rootDir>/src/features/{name}'],
    },
  ],
})
