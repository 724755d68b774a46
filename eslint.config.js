import { readdirSync } from 'node:fs'
import js from '@eslint/js'
import tanstackQuery from '@tanstack/eslint-plugin-query'
import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript'
import { defineConfig, globalIgnores } from 'eslint/config'
import { importX } from 'eslint-plugin-import-x'
import jsxA11y from 'eslint-plugin-jsx-a11y'
import playwright from 'eslint-plugin-playwright'
import reactHooks from 'eslint-plugin-react-hooks'
import testingLibrary from 'eslint-plugin-testing-library'
import globals from 'globals'
import tseslint from 'typescript-eslint'

// design.md, convention 1: imports go one way. Routes (src/app) compose features; a feature never
// imports another; components, lib and config know nothing of features or routes; the browser
// app and the server share only contract/.
const features = readdirSync(new URL('./src/features', import.meta.url))
const oneWay = [
  ...features.map((feature) => ({
    target: `./src/features/${feature}`,
    from: './src/features',
    except: [`./${feature}`],
    message:
      'Features never import each other: move the shared part to src/lib or src/components, or compose them in a route.',
  })),
  {
    target: ['./src/components', './src/lib', './src/config'],
    from: ['./src/features', './src/app'],
    message: 'Shared code knows nothing of features or routes.',
  },
  { target: './src/features', from: './src/app', message: 'Features do not import routes.' },
  { target: './src', from: './server', message: 'The app talks to the server over HTTP only.' },
  { target: './server', from: './src', message: 'The server does not import the app.' },
  { target: './contract', from: ['./src', './server'], message: 'contract/ depends on nothing.' },
]

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
    files: ['**/*.{ts,tsx}'],
    plugins: { import: importX },
    settings: {
      // Which parser reads an imported .ts file when no-cycle follows it.
      'import-x/extensions': ['.ts', '.tsx', '.js', '.mjs'],
      'import-x/parsers': { '@typescript-eslint/parser': ['.ts', '.tsx'] },
      'import-x/resolver-next': [createTypeScriptImportResolver()],
    },
    rules: {
      'import/no-restricted-paths': ['error', { zones: oneWay }],
      'import/no-cycle': 'error',
    },
  },
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
)
