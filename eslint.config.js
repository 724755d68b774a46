import js from '@eslint/js'
import tanstackQuery from '@tanstack/eslint-plugin-query'
import { defineConfig, globalIgnores } from 'eslint/config'
import jsxA11y from 'eslint-plugin-jsx-a11y'
import playwright from 'eslint-plugin-playwright'
import reactHooks from 'eslint-plugin-react-hooks'
import testingLibrary from 'eslint-plugin-testing-library'
import globals from 'globals'
import tseslint from 'typescript-eslint'

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
)
