import { lazy } from 'react'

/**
 * The code step (and the one-time-code field under it) is needed only after a password, and only
 * with two-factor on: it loads apart from the first page's chunk, whose budget is tight
 * (docs/decisions/0005-first-page-budget.md). `preloadCodeStep` fetches it alongside the
 * password's request, and the re-auth dialog's forms import it.
 */
const load = () => import('./code-step')
export const preloadCodeStep = () => void load()
export const CodeStep = lazy(() => load().then((module) => ({ default: module.CodeStep })))
