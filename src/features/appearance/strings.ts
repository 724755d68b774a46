import type {
  HedgehogAccessory,
  HedgehogAccessoryGroup,
  HedgehogColor,
  HedgehogSkin,
} from '../../../contract/enums'

export const appearanceStrings = {
  intro:
    'How PostHog looks for you: light or dark, your hedgehog, and the dashboards you start from.',

  theme: {
    title: 'Theme',
    intro: 'Saved to your account as soon as you choose, so every device you use follows it.',
    legend: 'Theme',
    light: 'Light',
    lightHint: 'Dark text on a light background.',
    dark: 'Dark',
    darkHint: 'Light text on a dark background.',
    system: 'System',
    systemHint: 'Follows your device: light by day, dark when your device switches to dark.',
    saving: 'Saving…',
    saved: (theme: string) => `Theme: ${theme}. Saved.`,
    failed: (message: string) => `Theme was not changed. ${message}`,
    loading: 'Loading your theme',
  },

  hedgehog: {
    title: 'Hedgehog',
    intro: 'PostHog’s hedgehog buddy. Changes save by themselves a moment after you make them.',
    previewLabel: (look: string) => `Preview of your hedgehog: ${look}`,
    enabled: 'Hedgehog mode',
    enabledHint: 'When on, your hedgehog lives at the bottom of PostHog’s screens.',
    useAsProfile: 'Use as profile picture',
    useAsProfileHint: 'When on, your hedgehog replaces your avatar across PostHog.',
    lookLegend: 'Skin or colour',
    lookHint: 'A skin replaces the colour; choosing a colour goes back to the default skin.',
    accessoriesTitle: 'Accessories',
    accessoriesHint: 'One from each group.',
    none: 'None',
    behaviourTitle: 'Behaviour',
    walking: 'Walk around freely',
    walkingHint: 'When on, your hedgehog wanders along the bottom of the screen.',
    interactions: 'Interact with elements',
    interactionsHint: 'When on, your hedgehog climbs and jumps on buttons and panels.',
    controls: 'Keyboard controls (WASD / arrow keys)',
    controlsHint: 'When on, you can steer your hedgehog with WASD or the arrow keys.',
    party: 'Party mode',
    partyHint: 'When on, your hedgehog celebrates with confetti.',
    pending: 'Changes not saved yet…',
    saving: 'Saving…',
    saved: 'Saved',
    announceSaved: 'Hedgehog saved.',
    failed: (message: string) => `Hedgehog not saved. ${message}`,
    retry: 'Save again',
    loading: 'Loading your hedgehog',
    off: 'hedgehog mode off',
    wearing: (items: string[]) => `wearing ${listOf(items)}`,
    noAccessories: 'no accessories',
    partying: 'partying',
  },

  scenes: {
    title: 'Dashboards',
    intro:
      'The dashboard PostHog opens on a page. Each project keeps its own choices; these are for your current project.',
    project: (project: string) => `Current project: ${project}.`,
    noProject:
      "You're not in a project yet. Once you join one, you can choose the dashboards it opens with.",
    currentTitle: 'Your choices in this project',
    noChoices: 'None yet: PostHog shows its default dashboard.',
    unknownDashboard: (id: number) => `Dashboard #${id}`,
    noneChosen: 'Not chosen',
    dashboardFor: (scene: string) => `Dashboard for ${scene}`,
    noDashboard: 'No dashboard (the project’s default)',
    untitled: 'Untitled dashboard',
    noDashboards: 'This project has no dashboards yet. Create one in PostHog to choose it here.',
    save: 'Save dashboard',
    saving: 'Saving…',
    saved: 'Saved',
    announceSaved: (scene: string, dashboard: string) => `${scene} now opens ${dashboard}. Saved.`,
    announceCleared: (scene: string) => `${scene} now opens the project’s default. Saved.`,
    clearRefused: (scene: string, dashboard: string) =>
      `PostHog didn’t remove the choice, so ${scene} still opens ${dashboard}. Your PostHog may not support removing one: choose another dashboard instead.`,
    loading: 'Loading your dashboards',
  },

  errors: {
    sensitive_action_required_reauth:
      "Not saved: we need to confirm it's you before this change. Try again and enter your password when asked.",
  } as Record<string, string>,
}

/** PostHog scenes that open a dashboard of the user's choice (scene_personalisation). */
export const SCENE_LABELS: Record<string, { label: string; hint: string }> = {
  ProjectHomepage: {
    label: 'Project home',
    hint: 'The page you land on when you open a project.',
  },
}

export const SKIN_LABELS: Record<HedgehogSkin, string> = {
  default: 'Default',
  spiderhog: 'Spiderhog',
  robohog: 'Robohog',
}

export const COLOR_LABELS: Record<HedgehogColor, string> = {
  green: 'Green',
  red: 'Red',
  blue: 'Blue',
  purple: 'Purple',
  dark: 'Dark',
  light: 'Light',
  sepia: 'Sepia',
  invert: 'Inverted',
  'invert-hue': 'Inverted hue',
  greyscale: 'Greyscale',
}

export const ACCESSORY_GROUP_LABELS: Record<HedgehogAccessoryGroup, string> = {
  headwear: 'Headwear',
  eyewear: 'Eyewear',
  other: 'Other',
}

export const ACCESSORY_LABELS: Record<HedgehogAccessory, string> = {
  beret: 'Beret',
  cap: 'Cap',
  chef: 'Chef’s hat',
  cowboy: 'Cowboy hat',
  flag: 'Flag',
  graduation: 'Graduation cap',
  party: 'Party hat',
  pineapple: 'Pineapple',
  tophat: 'Top hat',
  xmas_hat: 'Christmas hat',
  xmas_antlers: 'Reindeer antlers',
  eyepatch: 'Eyepatch',
  glasses: 'Glasses',
  sunglasses: 'Sunglasses',
  parrot: 'Parrot',
  xmas_scarf: 'Christmas scarf',
}

function listOf(items: string[]): string {
  if (items.length <= 1) return items.join('')
  return `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`
}
