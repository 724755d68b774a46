#!/usr/bin/env node
// `npm test`: every check and test runner of the project, one after another, continuing past
// failures, then one closing line `N passed, N failed` summed over all of them.
// Why one script: docs/decisions/0001-test-command-and-summary.md.
import { spawnSync } from 'node:child_process'
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'

const root = join(dirname(fileURLToPath(import.meta.url)), '..')
const reportsDir = join(root, 'reports')
const vitestReport = join(reportsDir, 'vitest.json')
const playwrightReport = join(reportsDir, 'playwright.json')
const systemChromium = '/usr/bin/chromium'

/** @type {{ step: string, passed: number, failed: number, note: string }[]} */
const results = []

function heading(text) {
  console.log(`\n=== ${text} ===`)
}

/** Runs a command with live output; stdin is closed so nothing can wait for a keypress. */
function run(command, args, env = {}) {
  const result = spawnSync(command, args, {
    cwd: root,
    stdio: ['ignore', 'inherit', 'inherit'],
    env: { ...process.env, ...env },
  })
  if (result.error) console.error(`Could not start ${command}: ${result.error.message}`)
  return result.status ?? 1
}

// `--no`: never fetch a package from the registry when a local binary is missing.
// `--`: keeps the tool's own flags (tsc's -p) from being read as npx's (-p is --package).
function npx(...args) {
  return run('npx', ['--no', '--', ...args])
}

function gate(step, command) {
  heading(step)
  const code = command()
  results.push({ step, passed: 0, failed: code === 0 ? 0 : 1, note: `exit ${code}` })
}

function readJson(path) {
  try {
    return JSON.parse(readFileSync(path, 'utf8'))
  } catch {
    return undefined
  }
}

/** A runner that crashed, or failed outside any test, still counts as one failure. */
function record(step, exitCode, counts) {
  if (!counts) {
    results.push({ step, passed: 0, failed: 1, note: `exit ${exitCode}, no report` })
    return
  }
  const failed = counts.failed === 0 && exitCode !== 0 ? 1 : counts.failed
  results.push({ step, passed: counts.passed, failed, note: `exit ${exitCode}` })
}

async function playwrightChromiumInstalled() {
  try {
    const { chromium } = await import('@playwright/test')
    return existsSync(chromium.executablePath())
  } catch {
    return false
  }
}

async function ensureChromium() {
  if ((await playwrightChromiumInstalled()) || existsSync(systemChromium)) return
  if (process.getuid?.() !== 0) {
    console.log(`No Chromium found and not root: install Debian's chromium package yourself.`)
    return
  }
  const install = 'apt-get update && apt-get install -y chromium'
  console.log(`No Chromium found; running: ${install}`)
  const code = spawnSync('bash', ['-c', install], {
    stdio: ['ignore', 'inherit', 'inherit'],
    env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
  }).status
  console.log(`apt-get finished with exit ${code}`)
}

mkdirSync(reportsDir, { recursive: true })
rmSync(vitestReport, { force: true })
rmSync(playwrightReport, { force: true })

// One tsc run per project that tsconfig.json references (browser app, Node code, Playwright
// code), each its own gate: a project added there is checked without editing this list.
// tsconfig.json is read as plain JSON, so it stays without comments.
const tsProjects = readJson(join(root, 'tsconfig.json'))?.references?.map((ref) => ref.path)
if (!tsProjects?.length) {
  heading('typecheck (tsc)')
  console.error('tsconfig.json has no readable "references": nothing to type-check.')
  results.push({ step: 'typecheck (tsc)', passed: 0, failed: 1, note: 'no projects' })
}
for (const project of tsProjects ?? []) {
  const config = project.replace(/^\.\//, '')
  gate(`typecheck ${config} (tsc)`, () => npx('tsc', '-p', config, '--noEmit'))
}
gate('lint (eslint)', () => npx('eslint', '.'))
gate('format (prettier --check)', () => npx('prettier', '--check', '.'))
gate('build (vite)', () => npx('vite', 'build'))

// Bundle budgets of product.md: a "must" exceeded fails this step, a target only warns in its
// output (docs/decisions/0005-first-page-budget.md).
gate('bundle size (npm run size)', () => run('node', ['scripts/size.mjs']))

heading('unit and component tests (vitest)')
const vitestExit = npx(
  'vitest',
  'run',
  '--reporter=default',
  '--reporter=json',
  `--outputFile=${vitestReport}`,
)
const vitest = readJson(vitestReport)
record(
  'vitest',
  vitestExit,
  vitest && {
    passed: vitest.numPassedTests ?? 0,
    // A test file that fails to load has no failed test but fails its suite.
    failed: (vitest.numFailedTests ?? 0) || (vitest.success === false ? 1 : 0),
  },
)

heading('end-to-end tests (playwright)')
await ensureChromium()
const playwrightExit = npx('playwright', 'test')
const playwright = readJson(playwrightReport)?.stats
record(
  'playwright',
  playwrightExit,
  playwright && {
    // A flaky test passed on a retry; retries are 0, so this is only a safeguard.
    passed: (playwright.expected ?? 0) + (playwright.flaky ?? 0),
    failed: playwright.unexpected ?? 0,
  },
)

// `.ci/run` runs `npm run lighthouse` before this script (too slow for `npm test`) and names its
// report here: each page counts as one test; no report (the run crashed) counts as one failure.
if (process.env.LIGHTHOUSE_REPORT) {
  const pages = readJson(join(root, process.env.LIGHTHOUSE_REPORT))?.pages
  record(
    'lighthouse (npm run lighthouse)',
    pages ? 0 : 1,
    pages && {
      passed: pages.filter((page) => page.passed).length,
      failed: pages.filter((page) => !page.passed).length,
    },
  )
}

heading('summary')
for (const { step, passed, failed, note } of results) {
  console.log(
    `${step.padEnd(36)} ${String(passed).padStart(5)} passed ${String(failed).padStart(3)} failed  (${note})`,
  )
}
const passed = results.reduce((sum, r) => sum + r.passed, 0)
const failed = results.reduce((sum, r) => sum + r.failed, 0)
console.log(`${passed} passed, ${failed} failed`)
process.exitCode = failed > 0 ? 1 : 0
