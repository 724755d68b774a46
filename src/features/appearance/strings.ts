import { t } from '@lingui/core/macro'
import { i18n, isolate, registerEnglish } from '../../lib/i18n'
import { commonStrings } from '../../lib/strings'
import { messages } from './locales/en.po'

registerEnglish(messages)

// Every value is read when it is shown (getters), in the active language: nothing here may be
// copied into a module-level constant. docs/decisions/0010-translations-lingui.md
export const appearanceStrings = {
  get intro() {
    return t`The language of these settings, and how PostHog looks for you: light or dark, your hedgehog, and the dashboards you start from.`
  },

  language: {
    get title() {
      return t({
        message: 'Language',
        comment: 'Heading of the section that picks the app language',
      })
    },
    get intro() {
      return t`The language of these settings. It changes at once and is remembered on this device only, not in your PostHog account.`
    },
    get label() {
      return t({ message: 'Language', comment: 'Label of the language picker (a drop-down list)' })
    },
    /** Announced once the page reads in the new language (so written in it). */
    changed: (name: string) => {
      const language = isolate(name)
      return t`Language changed to ${language}.`
    },
    /** The chosen language's messages could not be fetched: the page stays in `current`. */
    failed: (chosen: string, kept: string) => {
      const [language, current] = [isolate(chosen), isolate(kept)]
      return t`${language} couldn't be loaded, so the settings stay in ${current}. Check your connection, then reload the page and try again.`
    },
  },

  theme: {
    get title() {
      return t({ message: 'Theme', comment: 'Heading: light, dark or system colours' })
    },
    get intro() {
      return t`Saved to your account as soon as you choose, so every device you use follows it.`
    },
    get legend() {
      return t({ message: 'Theme', comment: 'Name of the group of theme radio buttons' })
    },
    get light() {
      return t({ message: 'Light', context: 'theme', comment: 'The light colour theme' })
    },
    get lightHint() {
      return t`Dark text on a light background.`
    },
    get dark() {
      return t({ message: 'Dark', context: 'theme', comment: 'The dark colour theme' })
    },
    get darkHint() {
      return t`Light text on a dark background.`
    },
    get system() {
      return t({ message: 'System', comment: 'Theme that follows the device setting' })
    },
    get systemHint() {
      return t`Follows your device: light by day, dark when your device switches to dark.`
    },
    get saving() {
      return commonStrings.saving
    },
    saved: (theme: string) => t`Theme: ${theme}. Saved.`,
    failed: (message: string) => t`Theme was not changed. ${message}`,
    get loading() {
      return t`Loading your theme`
    },
  },

  scenes: {
    get title() {
      return t`Dashboards`
    },
    get intro() {
      return t`The dashboard PostHog opens on a page. Each project keeps its own choices; these are for your current project.`
    },
    project: (name: string) => {
      const project = isolate(name)
      return t`Current project: ${project}.`
    },
    get noProject() {
      return t`You're not in a project yet. Once you join one, you can choose the dashboards it opens with.`
    },
    get currentTitle() {
      return t`Your choices in this project`
    },
    get noChoices() {
      return t`None yet: PostHog shows its default dashboard.`
    },
    unknownDashboard: (id: number) =>
      t({ message: `Dashboard #${id}`, comment: 'A dashboard this app cannot name, by its id' }),
    get noneChosen() {
      return t`Not chosen`
    },
    dashboardFor: (scene: string) => t`Dashboard for ${scene}`,
    get noDashboard() {
      return t`No dashboard (the project’s default)`
    },
    get untitled() {
      return t`Untitled dashboard`
    },
    get noDashboards() {
      return t`This project has no dashboards yet. Create one in PostHog to choose it here.`
    },
    announceSaved: (scene: string, name: string) => {
      const dashboard = isolate(name)
      return t`${scene} now opens ${dashboard}. Saved.`
    },
    announceCleared: (scene: string) => t`${scene} now opens the project’s default. Saved.`,
    clearRefused: (scene: string, name: string) => {
      const dashboard = isolate(name)
      return t`PostHog didn’t remove the choice, so ${scene} still opens ${dashboard}. Your PostHog may not support removing one: choose another dashboard instead.`
    },
    get loading() {
      return t`Loading your dashboards`
    },
  },

  get errors(): Record<string, string> {
    return {
      sensitive_action_required_reauth: commonStrings.notSavedReauth,
    }
  },
}

/** "top hat and sunglasses", in the active language. */
export function listOf(items: string[]): string {
  return new Intl.ListFormat(i18n.locale, { type: 'conjunction' }).format(items)
}
