import {
  HEDGEHOG_ACCESSORY_GROUPS,
  HEDGEHOG_COLORS,
  HEDGEHOG_SKINS,
  type HedgehogAccessory,
  type HedgehogAccessoryGroup,
  type HedgehogColor,
  type HedgehogSkin,
} from '../../../contract/enums'
import type { ResolvedHedgehogConfig } from '../../../contract/hedgehog-config'
import { currentLocale, i18n } from '../../lib/i18n'
import { PSEUDO_LOCALE, type Locale } from '../../lib/locales'
import { ACCESSORY_LABELS, COLOR_LABELS, SKIN_LABELS } from './labels'
import { hedgehogStrings } from './hedgehog-strings'
import { listOf } from './strings'

/** One choice among skins and colours: PostHog's picker makes them exclusive. */
export type HedgehogLook = HedgehogSkin | HedgehogColor

export const LOOKS: readonly HedgehogLook[] = [...HEDGEHOG_SKINS, ...HEDGEHOG_COLORS]

const isSkin = (look: HedgehogLook): look is HedgehogSkin =>
  (HEDGEHOG_SKINS as readonly string[]).includes(look)

export const lookLabel = (look: HedgehogLook) =>
  isSkin(look) ? SKIN_LABELS[look] : COLOR_LABELS[look]

export function lookOf(config: ResolvedHedgehogConfig): HedgehogLook {
  if (config.skin && config.skin !== 'default') return config.skin
  return config.color ?? 'default'
}

/**
 * As HedgehogOptions.tsx: picking a skin sets color null; picking a colour sets skin "default".
 */
export function withLook(
  config: ResolvedHedgehogConfig,
  look: HedgehogLook,
): ResolvedHedgehogConfig {
  return isSkin(look)
    ? { ...config, skin: look, color: null }
    : { ...config, skin: 'default', color: look }
}

const inGroup = (accessory: HedgehogAccessory, group: HedgehogAccessoryGroup) =>
  (HEDGEHOG_ACCESSORY_GROUPS[group] as readonly string[]).includes(accessory)

export function accessoryIn(
  config: ResolvedHedgehogConfig,
  group: HedgehogAccessoryGroup,
): HedgehogAccessory | null {
  return config.accessories.find((accessory) => inGroup(accessory, group)) ?? null
}

/** At most one accessory per group: a new one replaces the group's old one. */
export function withAccessory(
  config: ResolvedHedgehogConfig,
  group: HedgehogAccessoryGroup,
  accessory: HedgehogAccessory | null,
): ResolvedHedgehogConfig {
  const others = config.accessories.filter((item) => !inGroup(item, group))
  return { ...config, accessories: accessory ? [...others, accessory] : others }
}

/**
 * A name inside the preview's description: lower case mid-sentence ("wearing top hat") where the
 * language writes it so. German nouns keep their capital; Japanese and Arabic have no case, and
 * the Latin skin names inside them ("Robohog") stay as they are.
 */
const LOWER_CASE_IN_SENTENCE: ReadonlySet<Locale> = new Set(['en', 'fr', PSEUDO_LOCALE])
const inSentence = (label: string) =>
  LOWER_CASE_IN_SENTENCE.has(currentLocale()) ? label.toLocaleLowerCase(i18n.locale) : label

/** The preview's text alternative: everything the picture shows. */
export function describeHedgehog(config: ResolvedHedgehogConfig): string {
  const s = hedgehogStrings
  const look = lookOf(config)
  const parts = [
    isSkin(look) ? s.skinLook(inSentence(SKIN_LABELS[look])) : inSentence(COLOR_LABELS[look]),
    config.accessories.length
      ? s.wearing(listOf(config.accessories.map((item) => inSentence(ACCESSORY_LABELS[item]))))
      : s.noAccessories,
  ]
  if (config.party_mode_enabled) parts.push(s.partying)
  if (!config.enabled) parts.push(s.off)
  return s.previewLabel(parts.join(s.partSeparator))
}
