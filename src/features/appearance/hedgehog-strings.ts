import { t } from '@lingui/core/macro'
import { commonStrings } from '../../lib/strings'
// The feature's English catalogue is registered there, once.
import './strings'

/** The hedgehog section: every value a getter or a function, read at render. */
export const hedgehogStrings = {
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
}
