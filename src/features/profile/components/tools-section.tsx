import { profileStrings } from '../strings'
import { PreferenceSwitches, type PreferenceSwitchProps } from './preference-switch'
import { SectionCard } from '../../../components/section-card'
import { ShortcutPositionSelect } from './shortcut-position-select'

const strings = profileStrings.tools

/** Built at render, so the labels are in the active language. */
const tools = (): PreferenceSwitchProps[] => [
  {
    label: strings.toolbar,
    description: strings.toolbarHint,
    // The model default is "toolbar"; only "disabled" turns it off.
    read: (user) => user.toolbar_mode !== 'disabled',
    write: (checked) => ({ toolbar_mode: checked ? 'toolbar' : 'disabled' }),
  },
  {
    label: strings.suggestions,
    description: strings.suggestionsHint,
    read: (user) => user.allow_sidebar_suggestions === true,
    write: (checked) => ({ allow_sidebar_suggestions: checked }),
  },
  {
    label: strings.mcpHints,
    description: strings.mcpHintsHint,
    // The stored flag hides; the switch shows (PostHog's own UI sends hide_mcp_hints: !checked).
    read: (user) => user.hide_mcp_hints !== true,
    write: (checked) => ({ hide_mcp_hints: !checked }),
  },
]

export function ToolsSection() {
  return (
    <SectionCard strings={strings} rows={4}>
      <PreferenceSwitches switches={tools()} />
      <ShortcutPositionSelect />
    </SectionCard>
  )
}
