import { t } from '@lingui/core/macro'
import type {
  HedgehogAccessory,
  HedgehogAccessoryGroup,
  HedgehogColor,
  HedgehogSkin,
} from '../../../contract/enums'
// The feature's English catalogue is registered by strings.ts, which every user of these imports.
import './strings'

// The names of PostHog's scenes and of the hedgehog's skins, colours and accessories, read when
// shown (getters), in the active language. docs/decisions/0010-translations-lingui.md
/** PostHog scenes that open a dashboard of the user's choice (scene_personalisation). */
export const SCENE_LABELS: Record<string, { label: string; hint: string }> = {
  get ProjectHomepage() {
    return {
      label: t({ message: 'Project home', comment: 'PostHog’s page for a project' }),
      hint: t`The page you land on when you open a project.`,
    }
  },
}

export const SKIN_LABELS: Record<HedgehogSkin, string> = {
  get default() {
    return t({ message: 'Default', comment: 'The hedgehog’s default skin' })
  },
  get spiderhog() {
    return t({ message: 'Spiderhog', comment: 'A PostHog hedgehog skin (a name)' })
  },
  get robohog() {
    return t({ message: 'Robohog', comment: 'A PostHog hedgehog skin (a name)' })
  },
}

export const COLOR_LABELS: Record<HedgehogColor, string> = {
  get green() {
    return t({ message: 'Green', comment: 'Hedgehog colour' })
  },
  get red() {
    return t({ message: 'Red', comment: 'Hedgehog colour' })
  },
  get blue() {
    return t({ message: 'Blue', comment: 'Hedgehog colour' })
  },
  get purple() {
    return t({ message: 'Purple', comment: 'Hedgehog colour' })
  },
  get dark() {
    return t({ message: 'Dark', context: 'hedgehog colour', comment: 'Hedgehog colour' })
  },
  get light() {
    return t({ message: 'Light', context: 'hedgehog colour', comment: 'Hedgehog colour' })
  },
  get sepia() {
    return t({ message: 'Sepia', comment: 'Hedgehog colour' })
  },
  get invert() {
    return t({ message: 'Inverted', comment: 'Hedgehog colour: inverted colours' })
  },
  get 'invert-hue'() {
    return t({ message: 'Inverted hue', comment: 'Hedgehog colour' })
  },
  get greyscale() {
    return t({ message: 'Greyscale', comment: 'Hedgehog colour' })
  },
}

export const ACCESSORY_GROUP_LABELS: Record<HedgehogAccessoryGroup, string> = {
  get headwear() {
    return t({ message: 'Headwear', comment: 'Group of hedgehog accessories' })
  },
  get eyewear() {
    return t({ message: 'Eyewear', comment: 'Group of hedgehog accessories' })
  },
  get other() {
    return t({
      message: 'Other',
      context: 'hedgehog accessory group',
      comment: 'Group of hedgehog accessories (a parrot, a scarf)',
    })
  },
}

export const ACCESSORY_LABELS: Record<HedgehogAccessory, string> = {
  get beret() {
    return t({ message: 'Beret', comment: 'Hedgehog accessory' })
  },
  get cap() {
    return t({ message: 'Cap', comment: 'Hedgehog accessory: a baseball cap' })
  },
  get chef() {
    return t({ message: 'Chef’s hat', comment: 'Hedgehog accessory' })
  },
  get cowboy() {
    return t({ message: 'Cowboy hat', comment: 'Hedgehog accessory' })
  },
  get flag() {
    return t({ message: 'Flag', comment: 'Hedgehog accessory: a small flag on a pole' })
  },
  get graduation() {
    return t({ message: 'Graduation cap', comment: 'Hedgehog accessory' })
  },
  get party() {
    return t({ message: 'Party hat', comment: 'Hedgehog accessory' })
  },
  get pineapple() {
    return t({ message: 'Pineapple', comment: 'Hedgehog accessory, worn on the head' })
  },
  get tophat() {
    return t({ message: 'Top hat', comment: 'Hedgehog accessory' })
  },
  get xmas_hat() {
    return t({ message: 'Christmas hat', comment: 'Hedgehog accessory: a Santa hat' })
  },
  get xmas_antlers() {
    return t({ message: 'Reindeer antlers', comment: 'Hedgehog accessory' })
  },
  get eyepatch() {
    return t({ message: 'Eyepatch', comment: 'Hedgehog accessory' })
  },
  get glasses() {
    return t({ message: 'Glasses', comment: 'Hedgehog accessory' })
  },
  get sunglasses() {
    return t({ message: 'Sunglasses', comment: 'Hedgehog accessory' })
  },
  get parrot() {
    return t({ message: 'Parrot', comment: 'Hedgehog accessory: a parrot on its back' })
  },
  get xmas_scarf() {
    return t({ message: 'Christmas scarf', comment: 'Hedgehog accessory' })
  },
}
