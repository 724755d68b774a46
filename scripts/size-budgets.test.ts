import { describe, expect, it } from 'vitest'
import {
  BUDGETS,
  catalogueFiles,
  dictionaryFiles,
  judge,
  OK,
  OVER_MUST,
  OVER_TARGET,
  verdict,
  type Manifest,
} from './size-budgets.mjs'

describe('the verdict of npm run size', () => {
  it('has the budgets of product.md', () => {
    expect(BUDGETS).toEqual({
      firstPage: { must: 150, target: 120 },
      allJsButDictionaries: { must: 260, target: 220 },
      dictionaries: { must: 850, target: 300 },
      css: { must: 20, target: 12 },
      // Not in product.md: one language's catalogues, which "all JS" leaves out (ADR 0010).
      catalogues: { must: 40, target: 25 },
    })
  })

  it('fails over a must, warns over a target, and both limits are inclusive', () => {
    const budget = { must: 150, target: 120 }
    expect(verdict(120, budget)).toBe(OK)
    expect(verdict(120.01, budget)).toBe(OVER_TARGET)
    expect(verdict(150, budget)).toBe(OVER_TARGET)
    expect(verdict(150.01, budget)).toBe(OVER_MUST)
  })

  it('exits 1 when any must is exceeded, naming the row', () => {
    const { rows, lines, exitCode } = judge([
      { what: 'first page: /login', kib: 151, budget: BUDGETS.firstPage },
      { what: 'all CSS', kib: 5, budget: BUDGETS.css },
    ])
    expect(exitCode).toBe(1)
    expect(rows.map((row) => row.status)).toEqual([OVER_MUST, OK])
    expect(lines.at(-1)).toBe('FAILED: over a "must" budget: first page: /login.')
  })

  it('exits 0 with a warning when only targets are exceeded', () => {
    const { lines, exitCode } = judge([
      { what: 'password-strength dictionaries', kib: 808, budget: BUDGETS.dictionaries },
      { what: 'all CSS', kib: 5, budget: BUDGETS.css },
    ])
    expect(exitCode).toBe(0)
    expect(lines).toEqual([
      'Over a target, a warning only: password-strength dictionaries.',
      'Every "must" budget is met.',
    ])
  })
})

describe('which built files are the password-strength dictionaries', () => {
  const manifest: Manifest = {
    'index.html': { file: 'assets/index.js', isEntry: true, imports: ['_shared.js'] },
    '_shared.js': { file: 'assets/shared.js' },
    '_decompress.js': { file: 'assets/decompress.js' },
    'node_modules/@zxcvbn-ts/core/dist/index.mjs': { file: 'assets/core.js', isDynamicEntry: true },
    'node_modules/@zxcvbn-ts/language-common/dist/index.mjs': {
      file: 'assets/common.js',
      isDynamicEntry: true,
      imports: ['_decompress.js', '_shared.js'],
    },
    'node_modules/@zxcvbn-ts/language-en/dist/index.mjs': {
      file: 'assets/en.js',
      isDynamicEntry: true,
      imports: ['_decompress.js'],
    },
  }

  it('are the language chunks and what only they import, not zxcvbn core or shared chunks', () => {
    expect(dictionaryFiles(manifest)).toEqual(
      new Set(['assets/common.js', 'assets/en.js', 'assets/decompress.js']),
    )
  })

  it('count as app JS when an app chunk imports them statically', () => {
    const bundled: Manifest = {
      ...manifest,
      'index.html': {
        ...manifest['index.html']!,
        imports: ['_shared.js', 'node_modules/@zxcvbn-ts/language-en/dist/index.mjs'],
      },
    }
    expect(dictionaryFiles(bundled)).toEqual(new Set(['assets/common.js']))
  })
})

describe('which built files are the translation catalogues', () => {
  it('are the .po chunks of each language but English, grouped by language', () => {
    const manifest: Manifest = {
      'index.html': { file: 'assets/index.js', isEntry: true },
      'src/lib/locales/en.po': { file: 'assets/index.js' },
      'src/lib/locales/de.po': { file: 'assets/de-1.js', isDynamicEntry: true },
      'src/features/email/locales/de.po': { file: 'assets/de-2.js', isDynamicEntry: true },
      'src/features/email/locales/en-XA.po': { file: 'assets/en-XA-3.js', isDynamicEntry: true },
      'src/app/routes/email.tsx': { file: 'assets/email.js', isDynamicEntry: true },
    }
    expect(catalogueFiles(manifest)).toEqual(
      new Map([
        ['de', new Set(['assets/de-1.js', 'assets/de-2.js'])],
        ['en-XA', new Set(['assets/en-XA-3.js'])],
      ]),
    )
  })
})
