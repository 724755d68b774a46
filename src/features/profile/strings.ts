import { t } from '@lingui/core/macro'
import type { RoleAtOrganization } from '../../../contract/enums'
import { isolate, registerEnglish } from '../../lib/i18n'
import { commonStrings } from '../../lib/strings'
import { messages } from './locales/en.po'

registerEnglish(messages)

export const profileStrings = {
  get intro() {
    return t`Your name and role as your teammates see them in PostHog, the organization and project you work in, and how PostHog treats your data and tools.`
  },

  details: {
    get title() {
      return t`Your details`
    },
    get intro() {
      return t`How you appear to your teammates in PostHog.`
    },
    get firstName() {
      return t`First name`
    },
    get lastName() {
      return t`Last name`
    },
    get lastNameHint() {
      return t({ message: 'Optional.', comment: 'Hint under the last name field' })
    },
    get role() {
      return t`Role at your organization`
    },
    get roleHint() {
      return t`What you mostly do at work. PostHog uses it to suggest tools that fit.`
    },
    get chooseRole() {
      return t`Choose a role`
    },
    /** The choices of the role select (contract/enums.ts holds PostHog's English names). */
    get roles(): Record<RoleAtOrganization, string> {
      return {
        engineering: t({ message: 'Engineering', comment: 'Role at an organization' }),
        data: t({ message: 'Data', comment: 'Role at an organization (data analysis)' }),
        product: t({ message: 'Product Management', comment: 'Role at an organization' }),
        founder: t({ message: 'Founder', comment: 'Role at an organization' }),
        leadership: t({ message: 'Leadership', comment: 'Role at an organization' }),
        marketing: t({ message: 'Marketing', comment: 'Role at an organization' }),
        sales: t({ message: 'Sales / Success', comment: 'Role at an organization' }),
        other: t({ message: 'Other', comment: 'Role at an organization' }),
      }
    },
    get email() {
      return t({ message: 'Email', comment: 'Label of the read-only email address' })
    },
    get changeEmail() {
      return t`Change email`
    },
    pendingEmail: (pending: string) => {
      const address = isolate(pending)
      return t`Waiting for you to confirm ${address}.`
    },
    get save() {
      return t`Save details`
    },
    get saving() {
      return commonStrings.saving
    },
    get saved() {
      return commonStrings.saved
    },
    get announceSaved() {
      return t`Your details were saved.`
    },
    get firstNameRequired() {
      return t`Enter your first name.`
    },
    get firstNameTooLong() {
      return t`Use 150 characters or fewer for your first name.`
    },
    get lastNameTooLong() {
      return t`Use 150 characters or fewer for your last name.`
    },
    get loading() {
      return t`Loading your details`
    },
  },

  workspace: {
    get title() {
      return t`Organization and project`
    },
    get intro() {
      return t`PostHog opens in this organization and project. Switching changes it everywhere you are signed in.`
    },
    get noOrganization() {
      return t`You're not in an organization yet. When someone invites you to one, you can switch to it here.`
    },
    get organization() {
      return t`Current organization`
    },
    get organizationHint() {
      return t`Switching organization also opens its first project.`
    },
    get project() {
      return t`Current project`
    },
    get noProjects() {
      return t`This organization has no projects yet.`
    },
    switchedOrganization: (organizationName: string, projectName: string | null) => {
      const organization = isolate(organizationName)
      const project = projectName === null ? '' : isolate(projectName)
      return projectName === null
        ? t`Switched to ${organization}.`
        : t`Switched to ${organization}. Your project is now ${project}.`
    },
    switchedProject: (projectName: string) => {
      const project = isolate(projectName)
      return t`Switched to the ${project} project.`
    },
    notSwitched: (message: string) => t`Not switched. ${message}`,
    get loading() {
      return t`Loading your organizations`
    },
  },

  privacy: {
    get title() {
      return t`Privacy`
    },
    get intro() {
      return t`What PostHog may do with data about you.`
    },
    get anonymize() {
      return t`Anonymize my data`
    },
    get anonymizeHint() {
      return t`When on, PostHog replaces your identity in the analytics it collects about your own use of PostHog.`
    },
    get impersonation() {
      return t`Allow support to sign in as me`
    },
    get impersonationHint() {
      return t`When on, PostHog support staff can sign in to your account to help you fix a problem.`
    },
    get loading() {
      return t`Loading your privacy settings`
    },
  },

  tools: {
    get title() {
      return t`Tools`
    },
    get intro() {
      return t`Helpers PostHog shows while you work.`
    },
    get toolbar() {
      return t`Show the PostHog toolbar`
    },
    get toolbarHint() {
      return t`The toolbar appears on your own website so you can inspect it with PostHog.`
    },
    get suggestions() {
      return t`Suggest new tools`
    },
    get suggestionsHint() {
      return t`PostHog suggests tools in the sidebar based on what you use.`
    },
    get mcpHints() {
      return t`Show MCP hints after I take actions`
    },
    get mcpHintsHint() {
      return t`Tips on doing the same thing from your AI assistant through PostHog’s MCP server.`
    },
    get shortcutPosition() {
      return t`Where your shortcuts appear`
    },
    get shortcutPositionHint() {
      return t`The position of your shortcuts in PostHog’s navigation.`
    },
    get shortcutPositions() {
      return {
        above: t({ message: 'Above', comment: 'Shortcut position: above the navigation' }),
        below: t({ message: 'Below', comment: 'Shortcut position: below the navigation' }),
        hidden: t({ message: 'Hidden', comment: 'Shortcut position: not shown' }),
      }
    },
    get loading() {
      return t`Loading your tool settings`
    },
  },

  preference: {
    /** Read out after a switch saved: "Anonymize my data: on. Saved." */
    switchSaved: commonStrings.switchSaved,
    selectSaved: (label: string, value: string) => t`${label}: ${value}. Saved.`,
    failed: commonStrings.settingNotChanged,
  },

  get errors(): Record<string, string> {
    return {
      sensitive_action_required_reauth: commonStrings.notSavedReauth,
      does_not_exist: t`That no longer exists or you are no longer a member. Reload the page to see your current access.`,
      verified_domain_required: t`This organization only allows members with a verified email domain. Ask an admin for access.`,
    }
  },
}
