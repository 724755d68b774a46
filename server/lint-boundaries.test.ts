// The one-way import rules of eslint.config.js (ADR 0009), linted on snippets at virtual paths in
// the real folders. Each forbidden case must be reported by a boundary rule; each allowed one
// must not.
import { readdirSync } from 'node:fs'
import { resolve } from 'node:path'

import { ESLint } from 'eslint'
import { describe, expect, it } from 'vitest'

const repository = resolve(import.meta.dirname, '..')
const eslint = new ESLint({ cwd: repository })
const boundaryRules = new Set(['no-restricted-imports', 'no-restricted-syntax'])

type Snippet = 'import' | 'export-all' | 'import-type' | 'dynamic' | 'type-import' | 'vi-mock'

function code(specifier: string, snippet: Snippet): string {
  switch (snippet) {
    case 'import':
      return `import { x } from '${specifier}'\nexport const y = x\n`
    case 'export-all':
      return `export * from '${specifier}'\n`
    case 'import-type':
      return `import type { X } from '${specifier}'\nexport type Y = X\n`
    case 'dynamic':
      return `export const load = () => import('${specifier}')\n`
    case 'type-import':
      return `export type M = typeof import('${specifier}')\n`
    case 'vi-mock':
      return `import { vi } from 'vitest'\nvi.mock('${specifier}')\n`
  }
}

/** The boundary messages ESLint reports for `specifier` imported from the file at `filePath`. */
async function boundaryMessages(filePath: string, specifier: string, snippet: Snippet = 'import') {
  const [result] = await eslint.lintText(code(specifier, snippet), { filePath })
  expect(result?.messages.filter((m) => m.fatal)).toEqual([])
  return (result?.messages ?? [])
    .filter((m) => m.ruleId !== null && boundaryRules.has(m.ruleId))
    .map((m) => m.message)
}

type Case = [from: string, specifier: string, snippet?: Snippet]

/** Cases with their snippet spelled out, for the test titles. */
const each = (cases: Case[]) =>
  cases.map(([from, specifier, snippet = 'import']): Case => [from, specifier, snippet])

async function expectForbidden([from, specifier, snippet]: Case, rule: RegExp) {
  const messages = await boundaryMessages(from, specifier, snippet)
  expect(messages, `${from} → ${specifier}`).not.toEqual([])
  for (const message of messages) {
    expect(message).toMatch(rule)
    expect(message).toContain('docs/architecture.md')
  }
}

async function expectAllowed([from, specifier, snippet]: Case) {
  expect(await boundaryMessages(from, specifier, snippet), `${from} → ${specifier}`).toEqual([])
}

const email = 'src/features/email/components/email-section.tsx'

describe('a feature never imports another feature', () => {
  const cases: Case[] = [
    [email, '../../profile/api/profile-queries'],
    [email, '../../profile'],
    [email, '../../../features/profile/components/profile-card'],
    [email, '../../../../src/features/profile/api/profile-queries'],
    ['src/features/email/strings.ts', '../profile/strings'],
    ['src/features/email/api/email-queries.ts', '../../two-factor/api/two-factor-queries'],
    ['src/features/password/strength/strength-checker.ts', '../../auth/api/use-sign-in'],
    // Every kind of statement, and the strings the import rule itself does not see.
    [email, '../../profile/strings', 'export-all'],
    [email, '../../profile/strings', 'import-type'],
    [email, '../../profile/components/profile-card', 'dynamic'],
    [email, '../../profile/strings', 'type-import'],
    ['src/features/email/components/email-section.test.tsx', '../../profile/api/y', 'vi-mock'],
  ]
  it.each(each(cases))('%s → %s (%s)', async (...c) => {
    await expectForbidden(c, /never imports another feature/)
  })

  it('holds for every pair of features in src/features/', async () => {
    const features = readdirSync(resolve(repository, 'src/features'), { withFileTypes: true })
      .filter((entry) => entry.isDirectory())
      .map((entry) => entry.name)
    expect(features.length).toBeGreaterThan(1)
    for (const from of features) {
      for (const to of features.filter((name) => name !== from)) {
        await expectForbidden(
          [`src/features/${from}/components/x.tsx`, `../../${to}/components/y`],
          /never imports another feature/,
        )
      }
    }
  })

  it('refuses paths that climb back out of a folder, so no spelling slips through', async () => {
    for (const specifier of [
      './../../profile/api/y',
      '../../email/../profile/api/y',
      '../api/../../profile/api/y',
      '../..//profile/api/y',
      '/work/main/src/features/profile/api/y',
      '../../../../../main/src/features/profile/api/y',
    ]) {
      await expectForbidden([email, specifier], /shortest relative path/)
    }
  })
})

describe('lib/, components/ and config/ never import features or app/', () => {
  const cases: Case[] = [
    ['src/lib/current-user.ts', '../features/auth/api/use-sign-in'],
    ['src/lib/current-user.ts', '../app/router'],
    ['src/lib/current-user.ts', '../../src/app/strings'],
    ['src/components/button.tsx', '../features/profile/components/profile-card'],
    ['src/components/button.tsx', '../app/strings', 'dynamic'],
    ['src/config/paths.ts', '../app/strings'],
    ['src/config/paths.ts', '../features/users/api/users-queries', 'export-all'],
  ]
  it.each(each(cases))('%s → %s (%s)', async (...c) => {
    await expectForbidden(c, /never import src\/features\/ or src\/app\//)
  })
})

describe('src/ and server/ never import each other', () => {
  const srcToServer: Case[] = [
    ['src/lib/api-client.ts', '../../server/store/db'],
    ['src/features/email/api/email-queries.ts', '../../../../server/lib/auth'],
    ['src/app/routes/profile.tsx', '../../../server/app', 'dynamic'],
    ['src/main.tsx', '../server/config'],
  ]
  it.each(each(srcToServer))('%s → %s (%s)', async (...c) => {
    await expectForbidden(c, /src\/ never imports server\//)
  })

  const serverToSrc: Case[] = [
    ['server/app.ts', '../src/lib/api-client'],
    ['server/routes/users.ts', '../../src/features/profile/api/profile-queries'],
    ['server/app.ts', '../src/config/paths', 'type-import'],
  ]
  it.each(each(serverToSrc))('%s → %s (%s)', async (...c) => {
    await expectForbidden(c, /server\/ never imports src\//)
  })
})

describe('contract/ imports zod and itself only', () => {
  const cases: Case[] = [
    ['contract/user.ts', '../src/lib/api-client'],
    ['contract/user.ts', '../server/store/db'],
    ['contract/user.ts', 'node:fs'],
    ['contract/user.ts', 'react'],
    ['contract/user.ts', 'vitest'],
  ]
  it.each(each(cases))('%s → %s (%s)', async (...c) => {
    await expectForbidden(c, /contract\/ imports zod/)
  })
})

describe('what the boundaries allow', () => {
  const cases: Case[] = [
    // Inside a feature.
    [email, './email-form'],
    [email, '../api/email-queries'],
    [email, '../strings'],
    ['src/features/password/strength/strength-checker.ts', '../components/password-form'],
    ['src/features/password/strength/strength-checker.ts', '@zxcvbn-ts/core', 'dynamic'],
    // A feature uses what is below it.
    [email, '../../../components/button'],
    [email, '../../../lib/api-client'],
    [email, '../../../config/paths'],
    [email, '../../../testing/render'],
    [email, '../../../../contract/user'],
    [email, '@tanstack/react-query'],
    // The app composes features.
    ['src/app/routes/profile.tsx', '../../features/profile/components/profile-section'],
    ['src/app/layout.tsx', '../features/auth/components/reauth-dialog', 'dynamic'],
    // Shared code among itself, and a package whose name merely ends in /server.
    ['src/components/button.tsx', '../lib/api-client'],
    ['src/lib/api-client.ts', '../config/paths'],
    ['src/lib/api-client.ts', 'react-dom/server'],
    // The server and the contract.
    ['server/routes/users.ts', '../../contract/user'],
    ['server/app.ts', '../contract/errors'],
    ['server/app.ts', 'node:fs'],
    ['server/app.ts', '@hono/node-server'],
    ['contract/user.ts', './enums'],
    ['contract/user.ts', 'zod/mini'],
    ['contract/contract.test.ts', 'vitest'],
  ]
  it.each(each(cases))('%s → %s (%s)', async (...c) => {
    await expectAllowed(c)
  })
})
