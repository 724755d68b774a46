import { readdirSync } from 'node:fs'
import { join } from 'node:path'

import js from '@eslint/js'
import tanstackQuery from '@tanstack/eslint-plugin-query'
import { defineConfig, globalIgnores } from 'eslint/config'
import jsxA11y from 'eslint-plugin-jsx-a11y'
import playwright from 'eslint-plugin-playwright'
import reactHooks from 'eslint-plugin-react-hooks'
import testingLibrary from 'eslint-plugin-testing-library'
import globals from 'globals'
import tseslint from 'typescript-eslint'

// One-way imports (docs/architecture.md, ADR 0009), with ESLint's core rules only: the resolver
// plugin this replaces pulled in platform binaries that broke `npm ci` on the lock file.
//
// Imports are relative, so whether `../../profile/api/x` leaves a feature depends on where the
// importing file sits. The config therefore builds one block per folder of src/, server/ and
// contract/ when it loads, listing every normalized relative spelling of each forbidden folder
// as seen from that folder: from src/features/email/components, src/features/profile is
// `../../profile`, `../../../features/profile` or `../../../../src/features/profile`. Spellings
// that are not normalized (`./../x`, `a/../b`, absolute, above the repository) are refused
// everywhere, so nothing reaches a forbidden folder by another road. `no-restricted-imports`
// sees import and export declarations; `no-restricted-syntax` adds `import()`,
// `typeof import()` and `vi.mock()` & co. with the same patterns.
const see = 'See docs/architecture.md.'
const boundary = {
  featureToFeature: `A feature never imports another feature: routes in src/app/ compose them, and what two features need moves into src/components/ or src/lib/. ${see}`,
  sharedToUpper: `src/lib/, src/components/ and src/config/ never import src/features/ or src/app/: they sit below both. ${see}`,
  srcToServer: `src/ never imports server/: the app talks to the server over HTTP; what both need is in contract/. ${see}`,
  serverToSrc: `server/ never imports src/: what both need is in contract/. ${see}`,
  contractZodOnly: `contract/ imports zod and itself only (vitest in its tests): src/ and server/ both run it. ${see}`,
  normalized: `Write the shortest relative path (no "./..", "x/..", "//", absolute paths or paths above the repository): import boundaries are checked on the path as written. ${see}`,
}
const codeFiles = '*.{js,jsx,mjs,cjs,ts,tsx,mts,cts}'
const repository = import.meta.dirname
const features = subfolders('src/features')

/** `dir` (relative to the repository, `/`-separated) and every folder below it. */
function subfolders(dir) {
  return readdirSync(join(repository, dir), { withFileTypes: true })
    .filter(
      (entry) =>
        entry.isDirectory() && !entry.name.startsWith('.') && entry.name !== 'node_modules',
    )
    .map((entry) => `${dir}/${entry.name}`)
}
function folderTree(dir) {
  return [dir, ...subfolders(dir).flatMap(folderTree)]
}

/** The folders that files directly in `dir` must not import, with the rule each one breaks. */
function forbiddenFolders(dir) {
  const [part, area, feature] = dir.split('/')
  if (part === 'server') return [{ folder: 'src', message: boundary.serverToSrc }]
  if (part !== 'src') return []
  const forbidden = [{ folder: 'server', message: boundary.srcToServer }]
  if (area === 'features' && feature) {
    for (const other of features.filter((name) => name !== `src/features/${feature}`)) {
      forbidden.push({ folder: other, message: boundary.featureToFeature })
    }
  }
  if (['lib', 'components', 'config'].includes(area)) {
    forbidden.push(
      { folder: 'src/features', message: boundary.sharedToUpper },
      { folder: 'src/app', message: boundary.sharedToUpper },
    )
  }
  return forbidden
}

const escapeRegex = (text) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')

/** Every normalized relative path from `dir` into `folder`: climb 0…n levels, then walk down. */
function reaching(dir, folder) {
  const segments = dir.split('/')
  const spellings = []
  for (let up = 0; up <= segments.length; up++) {
    const base = segments.slice(0, segments.length - up).join('/')
    if (base !== '' && !folder.startsWith(`${base}/`)) continue
    const down = base === '' ? folder : folder.slice(base.length + 1)
    spellings.push((up === 0 ? './' : '../'.repeat(up)) + down)
  }
  return `^(?:${spellings.map(escapeRegex).join('|')})(?:/|$)`
}

/** Absolute, `//`, `/./`, `x/..` (a segment climbed back out of), or above the repository. */
function notNormalized(dir) {
  const aboveRepository = `^(?:\\.\\.(?:/|$)){${dir.split('/').length + 1}}`
  return `^/|//|/\\.(?:/|$)|(?:^|/)(?!\\.\\.(?:/|$))[^/]+/\\.\\.(?:/|$)|${aboveRepository}`
}

function boundaryPatterns(dir, { test }) {
  const patterns = [{ regex: notNormalized(dir), message: boundary.normalized }]
  for (const { folder, message } of forbiddenFolders(dir)) {
    patterns.push({ regex: reaching(dir, folder), message })
  }
  if (dir.split('/')[0] === 'contract') {
    const depthInContract = dir.split('/').length
    const packages = test ? 'zod|vitest' : 'zod'
    patterns.push(
      { regex: `^(?:\\.\\.(?:/|$)){${depthInContract}}`, message: boundary.contractZodOnly },
      { regex: `^(?![./])(?!(?:${packages})(?:/|$))`, message: boundary.contractZodOnly },
    )
  }
  return patterns
}

// What `no-restricted-imports` does not see: `import()`, `typeof import()` and vitest's module mocks.
const moduleStrings = [
  'ImportExpression > Literal',
  'TSImportType > Literal',
  'CallExpression[callee.object.name="vi"][callee.property.name=/^(?:mock|doMock|unmock|doUnmock|importActual|importMock)$/] > Literal:first-child',
]
const asSyntax = ({ regex, message }) => ({
  selector: `:matches(${moduleStrings.join(', ')})[value=/${regex.replaceAll('/', '\\/')}/i]`,
  message,
})

function boundaryBlock(dir, files, options) {
  const patterns = boundaryPatterns(dir, options)
  return {
    files,
    rules: {
      'no-restricted-imports': ['error', { patterns }],
      'no-restricted-syntax': ['error', ...patterns.map(asSyntax)],
    },
  }
}

// A rule's options are replaced, not merged, by a later block: keep these blocks last, one per
// folder, and add any other restricted import or syntax here rather than in a block of its own.
const boundaryBlocks = ['src', 'server', 'contract']
  .flatMap(folderTree)
  .flatMap((dir) => [
    boundaryBlock(dir, [`${dir}/${codeFiles}`], { test: false }),
    ...(dir.startsWith('contract')
      ? [boundaryBlock(dir, [`${dir}/*.test.ts`], { test: true })]
      : []),
  ])

export default defineConfig(
  globalIgnores([
    'dist/',
    'node_modules/',
    'playwright-report/',
    'test-results/',
    'reports/',
    'coverage/',
    'data/',
  ]),
  js.configs.recommended,
  tseslint.configs.recommended,
  {
    rules: {
      // `_`-prefixed names are deliberate: unused callback parameters, omitted destructured keys.
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', ignoreRestSiblings: true },
      ],
    },
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    extends: [
      reactHooks.configs.flat.recommended,
      jsxA11y.flatConfigs.recommended,
      tanstackQuery.configs['flat/recommended'],
    ],
    languageOptions: { globals: globals.browser },
  },
  {
    files: ['src/**/*.test.{ts,tsx}'],
    extends: [testingLibrary.configs['flat/react']],
    rules: {
      // renderWithApp returns the rendered app with its query client, router and user-event;
      // the tests call it `app` on purpose.
      'testing-library/render-result-naming-convention': 'off',
    },
  },
  {
    files: ['e2e/**/*.ts'],
    extends: [playwright.configs['flat/recommended']],
    rules: {
      // Helpers whose whole job is to assert.
      'playwright/expect-expect': [
        'error',
        { assertFunctionNames: ['checkEveryState', 'enterRefusedCode', 'expectNoAxeViolations'] },
      ],
    },
  },
  {
    files: [
      'server/**/*.ts',
      'contract/**/*.ts',
      'e2e/**/*.ts',
      'scripts/**/*.{js,mjs,ts}',
      '*.{js,mjs,ts}',
    ],
    languageOptions: { globals: globals.node },
  },
  {
    // Tests read JSON answers of any shape; their assertions are the type check.
    files: ['**/*.test.{ts,tsx}', 'server/testing/**/*.ts', 'e2e/**/*.ts'],
    rules: { '@typescript-eslint/no-explicit-any': 'off' },
  },
  ...boundaryBlocks,
)
