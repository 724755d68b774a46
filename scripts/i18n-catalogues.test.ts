// Every message in the catalogue and translated in every locale (issue 14, point 3): a string
// nobody extracted would show as its hashed id in a production build, and a missing translation
// would show English to a German reader. docs/decisions/0010-translations-lingui.md
import { getCatalogs } from '@lingui/cli/api'
import { getConfig } from '@lingui/conf'
import { compileMessageOrThrow } from '@lingui/message-utils/compileMessage'
import { describe, expect, it } from 'vitest'

const config = getConfig({ cwd: `${import.meta.dirname}/..`, skipValidation: false })
const sourceLocale = config.sourceLocale ?? 'en'
const translated = config.locales.filter(
  (locale) => locale !== sourceLocale && locale !== config.pseudoLocale,
)
const catalogs = await getCatalogs(config)

/** The names a message interpolates: `{email}`, `{count, plural, …}`. */
const placeholders = (message: string) =>
  [...new Set([...message.matchAll(/\{\s*(\w+)\s*[,}]/g)].map(([, name]) => name))].sort()

describe('the translation catalogues', () => {
  it('are the shell and one per feature', () => {
    expect(catalogs.length).toBeGreaterThan(1)
    expect(translated).toEqual(['de', 'fr', 'ja', 'ar'])
  })

  for (const catalog of catalogs) {
    const name = catalog.path.replace(`${config.rootDir}/`, '').replace('/{locale}', '')
    describe(name, () => {
      it('holds exactly the messages in the source (else run `npm run extract`)', async () => {
        const extracted = (await catalog.collect()) ?? {}
        const source = await catalog.read(sourceLocale)
        expect(Object.keys(source ?? {}).sort()).toEqual(Object.keys(extracted).sort())
      })

      for (const locale of translated) {
        it(`is translated into ${locale}, placeholders kept, valid ICU`, async () => {
          const source = (await catalog.read(sourceLocale)) ?? {}
          const target = (await catalog.read(locale)) ?? {}
          const problems: string[] = []
          for (const [id, entry] of Object.entries(source)) {
            const english = entry.message ?? id
            const translation = target[id]?.translation
            if (!translation) {
              problems.push(`untranslated: ${english}`)
              continue
            }
            try {
              compileMessageOrThrow(translation)
            } catch (error) {
              problems.push(`invalid ICU: ${translation} (${String(error)})`)
            }
            if (placeholders(translation).join() !== placeholders(english).join())
              problems.push(`placeholders differ: ${english} -> ${translation}`)
          }
          expect(problems).toEqual([])
        })
      }
    })
  }

  // A message id is the hash of its English (and context), and every loaded catalogue goes into
  // one table per locale: the same id translated two ways in two catalogues would show whichever
  // loaded last, on every page. Give such a message a `context:` when it must differ.
  for (const locale of translated) {
    it(`gives one ${locale} translation to a message that several catalogues share`, async () => {
      const seen = new Map<string, { translation: string; where: string }>()
      const conflicts: string[] = []
      for (const catalog of catalogs) {
        const where = catalog.path.replace(`${config.rootDir}/`, '')
        const source = (await catalog.read(sourceLocale)) ?? {}
        const target = (await catalog.read(locale)) ?? {}
        for (const id of Object.keys(source)) {
          const translation = target[id]?.translation
          if (!translation) continue
          const earlier = seen.get(id)
          if (earlier && earlier.translation !== translation)
            conflicts.push(
              `${source[id]?.message ?? id}: "${earlier.translation}" (${earlier.where}) vs "${translation}" (${where})`,
            )
          else seen.set(id, { translation, where })
        }
      }
      expect(conflicts).toEqual([])
    })
  }
})
