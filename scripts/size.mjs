#!/usr/bin/env node
// `npm run size`: builds the app with Vite's manifest and checks the bundle budgets of
// product.md (gzip -9): JS loaded by the first page, all JS but the password-strength
// dictionaries, those dictionaries, all CSS. A gate: exits 1 when a "must" is exceeded; a
// target exceeded is a warning. How each figure is measured: docs/decisions/0005-first-page-budget.md.
import { spawnSync } from 'node:child_process'
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join, relative, sep } from 'node:path'
import { fileURLToPath } from 'node:url'
import { gzipSync } from 'node:zlib'
import { BUDGETS, catalogueFiles, dictionaryFiles, judge, staticClosure } from './size-budgets.mjs'

const root = join(dirname(fileURLToPath(import.meta.url)), '..')

// The pages a visitor can land on first: signed out (sign-in) or signed in (the profile).
const FIRST_PAGES = [
  { path: '/login', module: 'src/app/routes/login.tsx' },
  { path: '/settings/profile', module: 'src/app/routes/profile.tsx' },
]

const TOP_CHUNKS = 8

/** Builds into a temporary directory, so dist/ (which a running server may be serving) is left alone. */
function build() {
  const outDir = mkdtempSync(join(tmpdir(), 'account-settings-size-'))
  const result = spawnSync(
    'npx',
    [
      '--no',
      '--',
      'vite',
      'build',
      '--manifest',
      '--outDir',
      outDir,
      '--emptyOutDir',
      '--logLevel',
      'warn',
    ],
    { cwd: root, stdio: ['ignore', 'inherit', 'inherit'] },
  )
  if (result.status !== 0) {
    rmSync(outDir, { recursive: true, force: true })
    console.error(`vite build failed (exit ${result.status ?? result.error?.message}).`)
    process.exit(result.status || 1)
  }
  return outDir
}

function filesUnder(dir) {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath ?? entry.path, entry.name))
    .filter((file) => !relative(dir, file).split(sep).includes('.vite'))
}

const gzipCache = new Map()
/** Bytes after gzip level 9 of one built file (path relative to the build directory). */
function gzipBytes(outDir, file) {
  if (!gzipCache.has(file)) {
    const raw = readFileSync(join(outDir, file))
    gzipCache.set(file, { raw: raw.length, gzip: gzipSync(raw, { level: 9 }).length })
  }
  return gzipCache.get(file)
}

/**
 * Classic scripts named by the built index.html that are not Vite chunks: every page runs them
 * before the app. (None today: the theme script is inline, counted with the HTML.)
 */
function htmlScripts(outDir, manifest) {
  const html = readFileSync(join(outDir, 'index.html'), 'utf8')
  const chunkFiles = new Set(Object.values(manifest).map((chunk) => chunk.file))
  return [...html.matchAll(/<script\b[^>]*\bsrc="\/?([^"]+)"/g)]
    .map((match) => match[1])
    .filter((file) => file.endsWith('.js') && !chunkFiles.has(file))
}

const kib = (bytes) => bytes / 1024
const fmt = (value) => value.toFixed(1)
const fileCount = (n) => `${n} ${n === 1 ? 'file' : 'files'}`

/** A plain-text table: the first `textColumns` columns left-aligned, numbers right-aligned. */
function pad(rows, textColumns = 1) {
  const widths = rows[0].map((_, i) => Math.max(...rows.map((row) => String(row[i]).length)))
  return rows
    .map((row) =>
      row
        .map((cell, i) =>
          i < textColumns ? String(cell).padEnd(widths[i]) : String(cell).padStart(widths[i]),
        )
        .join('  ')
        .trimEnd(),
    )
    .join('\n')
}

function main() {
  const outDir = build()
  try {
    const manifest = JSON.parse(readFileSync(join(outDir, '.vite', 'manifest.json'), 'utf8'))
    const entries = Object.keys(manifest).filter((key) => manifest[key].isEntry)
    if (entries.length !== 1)
      throw new Error(`expected one entry in the manifest, found ${entries}`)
    const entryKeys = staticClosure(manifest, entries[0])
    const extraScripts = htmlScripts(outDir, manifest)
    const sum = (files) => files.reduce((total, file) => total + gzipBytes(outDir, file).gzip, 0)
    const jsOf = (keys) =>
      [...keys].map((key) => manifest[key].file).filter((f) => f.endsWith('.js'))

    const measured = []
    const check = (what, bytes, budget) => measured.push({ what, kib: kib(bytes), budget })

    const firstPages = FIRST_PAGES.map(({ path, module }) => {
      // A route module merged into the entry chunk has no manifest entry of its own.
      const keys = manifest[module]
        ? staticClosure(manifest, module, new Set(entryKeys))
        : entryKeys
      const files = [...new Set([...extraScripts, ...jsOf(keys)])]
      return { path, bytes: sum(files), count: files.length }
    })
    // The budget is for the larger of the two; the smaller one can only fail when that one does.
    for (const page of firstPages) {
      check(`first page: ${page.path} (${fileCount(page.count)})`, page.bytes, BUDGETS.firstPage)
    }

    const all = filesUnder(outDir).map((file) => relative(outDir, file).split(sep).join('/'))
    const allJs = all.filter((file) => file.endsWith('.js'))
    const allCss = all.filter((file) => file.endsWith('.css'))
    const dictionaries = dictionaryFiles(manifest)
    const catalogues = catalogueFiles(manifest)
    const otherLanguages = new Set([...catalogues.values()].flatMap((files) => [...files]))
    const appJs = allJs.filter((file) => !dictionaries.has(file) && !otherLanguages.has(file))
    const dictionaryJs = allJs.filter((file) => dictionaries.has(file))
    check(
      `all JS in English but the dictionaries (${fileCount(appJs.length)})`,
      sum(appJs),
      BUDGETS.allJsButDictionaries,
    )
    check(
      `password-strength dictionaries (${fileCount(dictionaryJs.length)}, lazy)`,
      sum(dictionaryJs),
      BUDGETS.dictionaries,
    )
    const largest = [...catalogues]
      .map(([locale, files]) => ({ locale, files: [...files], bytes: sum([...files]) }))
      .sort((a, b) => b.bytes - a.bytes)[0]
    if (largest)
      check(
        `catalogues of one other language, largest: ${largest.locale} (${fileCount(largest.files.length)}, lazy)`,
        largest.bytes,
        BUDGETS.catalogues,
      )
    check(`all CSS (${fileCount(allCss.length)})`, sum(allCss), BUDGETS.css)
    const { rows, lines, exitCode } = judge(measured)

    console.log('\nBundle budgets (KiB after gzip -9)\n')
    console.log(
      pad([
        ['what', 'KiB gzip', 'must', 'target', 'status'],
        ...rows.map((row) => [
          row.what,
          fmt(row.kib),
          `<= ${row.budget.must}`,
          `<= ${row.budget.target}`,
          row.status,
        ]),
      ]),
    )

    const owners = new Map(
      Object.entries(manifest).map(([key, chunk]) => [
        chunk.file,
        chunk.isEntry ? `entry (${key})` : key.startsWith('_') ? `shared: ${chunk.name}` : key,
      ]),
    )
    const top = allJs
      .map((file) => ({ file, owner: owners.get(file) ?? '(public)', ...gzipBytes(outDir, file) }))
      .sort((a, b) => b.gzip - a.gzip)
      .slice(0, TOP_CHUNKS)
    console.log(`\nLargest ${top.length} JS chunks\n`)
    console.log(
      pad(
        [
          ['chunk', 'from', 'KiB raw', 'KiB gzip'],
          ...top.map((chunk) => [
            chunk.file,
            chunk.owner,
            fmt(kib(chunk.raw)),
            fmt(kib(chunk.gzip)),
          ]),
        ],
        2,
      ),
    )

    console.log('')
    for (const line of lines) console.log(line)
    return exitCode
  } finally {
    rmSync(outDir, { recursive: true, force: true })
  }
}

try {
  process.exitCode = main()
} catch (error) {
  console.error(`size: ${error instanceof Error ? error.message : error}`)
  process.exitCode = 1
}
