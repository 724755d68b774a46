// Types of size-budgets.mjs (plain Node, run without a build step), for its unit test.
export interface Budget {
  must: number
  target: number
}
export const BUDGETS: Record<
  'firstPage' | 'allJsButDictionaries' | 'dictionaries' | 'catalogues' | 'css',
  Budget
>
export const OK: 'ok'
export const OVER_TARGET: 'over target (warning)'
export const OVER_MUST: 'OVER MUST (fails)'
export type Status = typeof OK | typeof OVER_TARGET | typeof OVER_MUST
export function verdict(kib: number, budget: Budget): Status
export interface Measured {
  what: string
  kib: number
  budget: Budget
}
export function judge(measured: Measured[]): {
  rows: (Measured & { status: Status })[]
  lines: string[]
  exitCode: 0 | 1
}
export interface ManifestChunk {
  file: string
  imports?: string[]
  isEntry?: boolean
  isDynamicEntry?: boolean
}
export type Manifest = Record<string, ManifestChunk>
export function isDictionaryModule(key: string): boolean
export function staticClosure(manifest: Manifest, key: string, seen?: Set<string>): Set<string>
export function dictionaryFiles(manifest: Manifest): Set<string>
export function catalogueFiles(manifest: Manifest): Map<string, Set<string>>
