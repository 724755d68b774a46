import { useMutation, useQueryClient } from '@tanstack/react-query'
import { useRef, useState } from 'react'
import { currentUserQuery, patchCurrentUser } from '../../../lib/current-user'
import { themeChoice, type ThemeChoice } from '../../../lib/theme'

const themeWriteKey = ['users', '@me', 'theme_mode'] as const

export type ThemeOutcome = { ok: true; choice: ThemeChoice } | { ok: false; error: unknown }

/**
 * theme_mode, saved optimistically (docs/architecture.md, Save model): the cache takes it at once,
 * so the shell's useApplyTheme repaints before the server answers. Arrow keys in a radio group
 * choose once per key press, so one request runs at a time and the last choice is sent after it
 * if it differs from what the server has. A failure puts back the theme the server confirmed.
 * PATCHing only theme_mode is exempt from PostHog's re-auth window.
 */
export function useThemeChoice() {
  const queryClient = useQueryClient()
  const { mutateAsync } = useMutation({
    mutationKey: themeWriteKey,
    mutationFn: (choice: ThemeChoice) => patchCurrentUser({ theme_mode: choice }),
  })
  const choice = useRef<ThemeChoice>('system')
  const confirmed = useRef<ThemeChoice>('system')
  const running = useRef(false)
  const [saving, setSaving] = useState(false)
  const queryKey = currentUserQuery.queryKey

  const show = (next: ThemeChoice) =>
    queryClient.setQueryData(queryKey, (user) => user && { ...user, theme_mode: next })

  // Cancel a refetch before writing: a cancelled fetch restores the data it started from.
  const reveal = async () => {
    await queryClient.cancelQueries({ queryKey })
    show(choice.current)
  }

  const run = async (): Promise<ThemeOutcome> => {
    setSaving(true)
    try {
      await reveal()
      while (choice.current !== confirmed.current) {
        const sent = choice.current
        const user = await mutateAsync(sent)
        confirmed.current = themeChoice(user.theme_mode)
        if (confirmed.current !== sent) choice.current = confirmed.current
      }
      return { ok: true, choice: confirmed.current }
    } catch (error) {
      choice.current = confirmed.current
      return { ok: false, error }
    } finally {
      show(confirmed.current)
      running.current = false
      setSaving(false)
      if (queryClient.isMutating({ mutationKey: themeWriteKey }) === 0) {
        void queryClient.invalidateQueries({ queryKey })
      }
    }
  }

  /** Resolves when the save it started ends; null when it joined a save already running. */
  const choose = async (next: ThemeChoice): Promise<ThemeOutcome | null> => {
    if (!running.current) {
      confirmed.current = themeChoice(queryClient.getQueryData(queryKey)?.theme_mode)
    }
    choice.current = next
    if (running.current) {
      await reveal()
      return null
    }
    running.current = true
    return run()
  }

  return { choose, saving }
}
