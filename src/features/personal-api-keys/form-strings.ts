import { plural, t } from '@lingui/core/macro'
import { i18n, isolate } from '../../lib/i18n'
import './strings'

/** The create and edit form: name, scopes (presets and the per-object picker) and projects. */
export const formStrings = {
  get createTitle() {
    return t({ message: 'Create a personal API key', comment: 'Title of the create dialog' })
  },
  editTitle: (label: string) => {
    const name = isolate(label)
    return t({ message: `Edit ${name}`, comment: 'Title of the edit dialog' })
  },
  get labelLabel() {
    return t({ message: 'Name', comment: 'Label of the API key’s name field' })
  },
  get labelHint() {
    return t`Say where it is used, like “CI deploy” or “MCP on my laptop”. At most 40 characters.`
  },
  get labelRequired() {
    return t`Give the key a name.`
  },
  labelTooLong: (max: number) => {
    const count = i18n.number(max)
    return t`Use at most ${count} characters.`
  },

  // Scopes
  get scopesLegend() {
    return t({ message: 'Access', comment: 'Legend of the scope picker' })
  },
  get presetLabel() {
    return t({ message: 'Start from', comment: 'Label of the preset select' })
  },
  get presetHint() {
    return t`A preset fills in the scopes a common use needs; you can change them below.`
  },
  get customPreset() {
    return t({ message: 'Custom scopes', comment: 'Preset option: scopes picked one by one' })
  },
  get presets() {
    return {
      local_evaluation: t({ message: 'Local feature flag evaluation', comment: 'Preset' }),
      source_map_upload: t({ message: 'Source map upload', comment: 'Preset' }),
      zapier: t({ message: 'Zapier integration', comment: 'Preset' }),
      n8n: t({ message: 'n8n integration', comment: 'Preset' }),
      analytics: t({ message: 'Performing analytics queries', comment: 'Preset' }),
      endpoints: t({ message: 'Endpoint execution', comment: 'Preset' }),
      project_management: t({ message: 'Project & user management', comment: 'Preset' }),
      mcp_server: t({ message: 'MCP Server', comment: 'Preset' }),
      all_access: t({ message: 'All access', comment: 'A key with every scope (*)' }),
    } as Record<string, string>
  },
  get scopesRequired() {
    return t`Choose at least one scope, or a preset.`
  },
  get allAccessOn() {
    return t`This key can read and write everything you can, in every project it may use. Pick another preset or custom scopes to narrow it.`
  },
  get filterLabel() {
    return t({ message: 'Find a scope', comment: 'Label of the search field over scope names' })
  },
  get filterHint() {
    return t`For example insight, feature_flag or dashboard.`
  },
  get onlyChosen() {
    return t({ message: 'Show only chosen scopes', comment: 'Checkbox over the scope list' })
  },
  get setAll() {
    return t({ message: 'Set all shown to', comment: 'Label before None/Read/Write buttons' })
  },
  get noMatch() {
    return t`No scope matches that search.`
  },
  chosenCount: (count: number) =>
    plural(count, { one: '# scope chosen', other: '# scopes chosen' }),
  get none() {
    return t({ message: 'No access', comment: 'Scope level: none' })
  },
  get read() {
    return t({ message: 'Read', comment: 'Scope level: read' })
  },
  get write() {
    return t({ message: 'Read and write', comment: 'Scope level: write (includes read)' })
  },
  get noneShort() {
    return t({ message: 'None', comment: 'Short button: set scopes to no access' })
  },
  get readShort() {
    return t({ message: 'Read', comment: 'Scope level: read' })
  },
  get writeShort() {
    return t({ message: 'Write', comment: 'Short button: set scopes to read and write' })
  },
  // Projects
  get accessLegend() {
    return t({ message: 'Where the key works', comment: 'Legend of the projects choice' })
  },
  get accessAll() {
    return t`All projects and organizations`
  },
  get accessOrganizations() {
    return t`Only chosen organizations`
  },
  get accessTeams() {
    return t`Only chosen projects`
  },
  teamsOf: (organization: string) => {
    const name = isolate(organization)
    return t`Projects of ${name}. To pick another organization’s projects, switch to it on your profile first.`
  },
  get teamsRequired() {
    return t`Choose at least one project.`
  },
  get organizationsRequired() {
    return t`Choose at least one organization.`
  },
  get noProjects() {
    return t`You are not in any project yet, so the key can only work everywhere you get access.`
  },

  // Footer
  get createSubmit() {
    return t({ message: 'Create key', comment: 'Submit button of the create form' })
  },
  get creating() {
    return t({ message: 'Creating…', comment: 'Busy button while a key is created' })
  },
  get editSubmit() {
    return t({ message: 'Save changes', comment: 'Submit button of the edit form' })
  },
  get saving() {
    return t({ message: 'Saving…', comment: 'Busy button while a key is saved' })
  },
  saved: (label: string) => {
    const name = isolate(label)
    return t`${name} was saved.`
  },
  get atLimit() {
    return t`You already have the most keys PostHog allows. Delete one you no longer use, then create this one.`
  },
  get reauthDismissed() {
    return t`The key was not saved because you didn’t confirm it’s you. Try again and enter your password when asked.`
  },
  get invalidScope() {
    return t`PostHog doesn’t accept one of these scopes. Remove it or pick a preset.`
  },
  get teamsNotMember() {
    return t`You must be a member of every project you limit the key to.`
  },
  get organizationsNotMember() {
    return t`You must be a member of every organization you limit the key to.`
  },
}
