import { currentUserQuery } from '../../../lib/current-user'
import { useInstantSetting, type InstantSettingOptions } from '../../../lib/use-instant-setting'
import { themeChoice, type ThemeChoice } from '../../../lib/theme'

const themeWriteKey = [...currentUserQuery.queryKey, 'theme_mode'] as const

/**
 * theme_mode, saved optimistically (useInstantSetting): the cache takes it at once, so the shell's
 * useApplyTheme repaints before the server answers. Arrow keys in a radio group choose once per
 * key press; the latest choice wins, one request at a time. PATCHing only theme_mode is exempt
 * from PostHog's re-auth window.
 */
export function useThemeChoice(announce: InstantSettingOptions<ThemeChoice>['announce']) {
  return useInstantSetting<ThemeChoice>({
    mutationKey: themeWriteKey,
    read: (user) => themeChoice(user.theme_mode),
    show: (user, choice) => ({ ...user, theme_mode: choice }),
    body: (choice) => ({ theme_mode: choice }),
    announce,
  })
}
