import { useLayoutEffect } from 'react'
import type { ThemeMode } from '../../contract/enums'

/**
 * Theme application, shared by the shell and the Appearance page. The inline script in index.html
 * reads the same key before the first paint, so the two must agree on it and on the stored values.
 * The choice is not a secret: it is what the user sees on screen.
 */
export const THEME_STORAGE_KEY = 'account-settings.theme'
const DARK_QUERY = '(prefers-color-scheme: dark)'

export type AppliedTheme = 'light' | 'dark'
export type ThemeChoice = 'light' | 'dark' | 'system'

/** PostHog's null and "" both mean "Sync with system" (ThemeSwitcher.tsx). */
export function themeChoice(mode: ThemeMode | undefined): ThemeChoice {
  return mode === 'light' || mode === 'dark' ? mode : 'system'
}

function darkQuery(): MediaQueryList | null {
  return typeof window.matchMedia === 'function' ? window.matchMedia(DARK_QUERY) : null
}

export function resolveTheme(mode: ThemeMode | undefined): AppliedTheme {
  const choice = themeChoice(mode)
  if (choice !== 'system') return choice
  return darkQuery()?.matches ? 'dark' : 'light'
}

/**
 * Sets data-theme explicitly (src/styles/tokens.css has rules for both an explicit theme and no theme at
 * all, so it must never be left unset) and remembers the choice for the next page load.
 */
export function applyTheme(mode: ThemeMode | undefined): AppliedTheme {
  const theme = resolveTheme(mode)
  try {
    localStorage.setItem(THEME_STORAGE_KEY, themeChoice(mode))
  } catch {
    // Storage may be disabled; the theme still applies for this page.
  }
  document.documentElement.dataset.theme = theme
  return theme
}

/**
 * Keeps the page in the user's theme: applied before the browser paints a change, and while the
 * choice is "system", following the device live when it switches between light and dark.
 */
export function useApplyTheme(mode: ThemeMode | undefined) {
  useLayoutEffect(() => {
    applyTheme(mode)
    if (themeChoice(mode) !== 'system') return
    const query = darkQuery()
    if (!query) return
    const follow = () => applyTheme(mode)
    query.addEventListener('change', follow)
    return () => query.removeEventListener('change', follow)
  }, [mode])
}
