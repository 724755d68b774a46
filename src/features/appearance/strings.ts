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

  hedgehog: {
    get title() {
      return t({
        message: 'Hedgehog',
        comment: 'PostHog’s hedgehog mascot, which users can dress up',
      })
    },
    get intro() {
      return t`PostHog’s hedgehog buddy. Changes save by themselves a moment after you make them.`
    },
    /** The preview's text alternative; `look` is the parts the picture shows, in a list. */
    previewLabel: (look: string) => t`Preview of your hedgehog: ${look}`,
    /** Between the parts of the preview's description: "default skin, no accessories, …". */
    get partSeparator() {
      return t({
        message: ', ',
        comment:
          'Separates the parts of the hedgehog preview’s description, e.g. "default skin, no accessories, partying". Keep the space if your language uses one.',
      })
    },
    /** `skin` is the skin's name (lower case mid-sentence where the language does that). */
    skinLook: (skin: string) =>
      t({ message: `${skin} skin`, comment: 'Part of the hedgehog preview’s description' }),
    get enabled() {
      return t`Hedgehog mode`
    },
    get enabledHint() {
      return t`When on, your hedgehog lives at the bottom of PostHog’s screens.`
    },
    get useAsProfile() {
      return t`Use as profile picture`
    },
    get useAsProfileHint() {
      return t`When on, your hedgehog replaces your avatar across PostHog.`
    },
    get lookLegend() {
      return t`Skin or colour`
    },
    get lookHint() {
      return t`A skin replaces the colour; choosing a colour goes back to the default skin.`
    },
    get accessoriesTitle() {
      return t`Accessories`
    },
    get accessoriesHint() {
      return t`One from each group.`
    },
    get none() {
      return t({
        message: 'None',
        context: 'hedgehog accessory',
        comment: 'Choice in an accessory group: no accessory',
      })
    },
    get behaviourTitle() {
      return t({ message: 'Behaviour', comment: 'Heading: what the hedgehog does on screen' })
    },
    get walking() {
      return t`Walk around freely`
    },
    get walkingHint() {
      return t`When on, your hedgehog wanders along the bottom of the screen.`
    },
    get interactions() {
      return t`Interact with elements`
    },
    get interactionsHint() {
      return t`When on, your hedgehog climbs and jumps on buttons and panels.`
    },
    get controls() {
      return t`Keyboard controls (WASD / arrow keys)`
    },
    get controlsHint() {
      return t`When on, you can steer your hedgehog with WASD or the arrow keys.`
    },
    get party() {
      return t`Party mode`
    },
    get partyHint() {
      return t`When on, your hedgehog celebrates with confetti.`
    },
    get pending() {
      return t`Changes not saved yet…`
    },
    get saving() {
      return commonStrings.saving
    },
    get announceSaved() {
      return t`Hedgehog saved.`
    },
    failed: (message: string) => t`Hedgehog not saved. ${message}`,
    get retry() {
      return t`Save again`
    },
    get loading() {
      return t`Loading your hedgehog`
    },
    get off() {
      return t({
        message: 'hedgehog mode off',
        comment: 'Part of the hedgehog preview’s description',
      })
    },
    /** `items` are accessory names, already in a list ("top hat and sunglasses"). */
    wearing: (items: string) =>
      t({ message: `wearing ${items}`, comment: 'Part of the hedgehog preview’s description' }),
    get noAccessories() {
      return t({ message: 'no accessories', comment: 'Part of the hedgehog preview’s description' })
    },
    get partying() {
      return t({
        message: 'partying',
        comment: 'Part of the hedgehog preview’s description: party mode is on',
      })
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
