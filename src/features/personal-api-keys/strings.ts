import { plural, t } from '@lingui/core/macro'
import { i18n, isolate, registerEnglish } from '../../lib/i18n'
import { messages } from './locales/en.po'

registerEnglish(messages)

/** The page, the list and the roll and delete dialogs. The form's words: `form-strings.ts`. */
export const keysStrings = {
  get pageIntro() {
    return t`Personal API keys let scripts, CI jobs and AI assistants call PostHog's API as you. Give each key only the access it needs, and roll or delete a key you no longer trust.`
  },
  get listTitle() {
    return t({ message: 'Your keys', comment: 'Heading of the list of personal API keys' })
  },
  listIntro: (limit: number) => {
    const max = i18n.number(limit)
    return t`A key works until you delete it. You can have up to ${max} keys.`
  },
  get loading() {
    return t`Loading your personal API keys`
  },
  get create() {
    return t({ message: 'Create a key', comment: 'Button: opens the form for a new API key' })
  },
  get empty() {
    return t`You have no personal API keys yet. Create one for each script or tool, so you can revoke one without breaking the others.`
  },
  atLimit: (limit: number) => {
    const max = i18n.number(limit)
    return t`You have ${max} keys, the most PostHog allows. Delete a key you no longer use to create a new one.`
  },
  count: (count: number) => plural(count, { one: '# key', other: '# keys' }),

  // One key's facts
  get value() {
    return t({ message: 'Key', comment: 'Label of the masked key value, e.g. phx_...9Tq2' })
  },
  get scopes() {
    return t({
      message: 'Access',
      comment: 'Label of what the key may do, e.g. Read-only: 12 scopes',
    })
  },
  get projects() {
    return t({ message: 'Projects', comment: 'Label of the projects a key works in' })
  },
  get created() {
    return t({ message: 'Created', comment: 'Label of the date a key was created' })
  },
  get lastUsed() {
    return t({ message: 'Last used', comment: 'Label of when a key last called the API' })
  },
  get lastRolled() {
    return t({ message: 'Last rolled', comment: 'Label of when a key last got a new value' })
  },
  get never() {
    return t({ message: 'Never', comment: 'A key that was never used or never rolled' })
  },
  get legacy() {
    return t({ message: 'Legacy', comment: 'Tag of a key stored the old way' })
  },
  get legacyHint() {
    return t`This key uses legacy hashing. Roll or delete it to upgrade.`
  },
  get allAccess() {
    return t({ message: 'All access', comment: 'A key with every scope (*)' })
  },
  readOnly: (count: number) =>
    plural(count, { one: 'Read-only: # scope', other: 'Read-only: # scopes' }),
  readWrite: (count: number, writes: number) => {
    const write = i18n.number(writes)
    return plural(count, {
      one: `# scope, ${write} with write access`,
      other: `# scopes, ${write} with write access`,
    })
  },
  get allProjects() {
    return t({ message: 'All projects', comment: 'A key not limited to some projects' })
  },
  unknownProject: (id: number) => {
    const number = String(id)
    return t({ message: `Project ${number}`, comment: 'A project the page has no name for' })
  },
  organizations: (names: string) =>
    t({ message: `Organizations: ${names}`, comment: 'A key limited to these organizations' }),
  get unknownOrganization() {
    return t({
      message: 'Another organization',
      comment: 'An organization the page has no name for',
    })
  },

  // Actions
  edit: (label: string) => {
    const name = isolate(label)
    return t({ message: `Edit ${name}`, comment: 'Accessible name of a key’s Edit button' })
  },
  roll: (label: string) => {
    const name = isolate(label)
    return t({ message: `Roll ${name}`, comment: 'Accessible name of a key’s Roll button' })
  },
  remove: (label: string) => {
    const name = isolate(label)
    return t({ message: `Delete ${name}`, comment: 'Accessible name of a key’s Delete button' })
  },
  get editShort() {
    return t({ message: 'Edit', comment: 'Button on a key' })
  },
  get rollShort() {
    return t({ message: 'Roll', comment: 'Button on a key: gives it a new value' })
  },
  get removeShort() {
    return t({ message: 'Delete', comment: 'Button on a key' })
  },
  get cancel() {
    return t({ message: 'Cancel', comment: 'Button: closes a dialog without doing anything' })
  },

  // Roll
  rollTitle: (label: string) => {
    const name = isolate(label)
    return t`Roll ${name}?`
  },
  get rollBody() {
    return t`The key gets a new value. The current value stops working immediately: every script, CI job or tool that uses it gets “unauthorized” until you give it the new value.`
  },
  get rollConfirm() {
    return t({ message: 'Roll key', comment: 'Confirm button of the roll dialog' })
  },
  get rolling() {
    return t({ message: 'Rolling…', comment: 'Busy button while a key is rolled' })
  },
  keyCreated: (label: string) => {
    const name = isolate(label)
    return t`${name} was created. Copy its value now.`
  },
  rolled: (label: string) => {
    const name = isolate(label)
    return t`${name} was rolled. Copy its new value now.`
  },

  // Delete
  removeTitle: (label: string) => {
    const name = isolate(label)
    return t`Delete ${name}?`
  },
  get removeBody() {
    return t`The key stops working immediately and can’t be restored: every script, CI job or tool that uses it gets “unauthorized”.`
  },
  get removeConfirm() {
    return t({ message: 'Delete key', comment: 'Confirm button of the delete dialog' })
  },
  get removing() {
    return t({ message: 'Deleting…', comment: 'Busy button while a key is deleted' })
  },
  removed: (label: string) => {
    const name = isolate(label)
    return t`${name} was deleted.`
  },
  get reauthDismissed() {
    return t`Nothing was changed: we need to confirm it’s you first. Try again and enter your password when asked.`
  },
  get notFound() {
    return t`This key no longer exists. It may have been deleted in another tab.`
  },

  // The value, shown once
  get newValueTitle() {
    return t`Copy your new key`
  },
  get newValueWarning() {
    return t`Copy it now; you won’t see it again. PostHog keeps only a fingerprint of it, so if you lose it you have to roll the key.`
  },
  get newValueLabel() {
    return t({ message: 'Key value', comment: 'Label of the full, new API key shown once' })
  },
  get copy() {
    return t({ message: 'Copy key', comment: 'Button: copies the new API key' })
  },
  get done() {
    return t({ message: 'Done', comment: 'Button: closes the new key for good' })
  },
  get notCopied() {
    return t`You haven’t copied the key yet. Once you close this, it can’t be shown again.`
  },
  get closeAnyway() {
    return t({ message: 'Close without copying', comment: 'Button after the not-copied warning' })
  },
}
