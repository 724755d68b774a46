import { t } from '@lingui/core/macro'
import { isolate } from '../../lib/i18n'
// The feature's English catalogue is registered there, once.
import './strings'

/** The weekly digests section: every value a getter, read at render in the active language. */
export const digestsStrings = {
  get title() {
    return t`Weekly digests`
  },
  get intro() {
    return t`Summary emails that arrive once a week.`
  },
  get all() {
    return t({ message: 'Weekly digest', comment: 'Switch label: the weekly summary email' })
  },
  get allHint() {
    return t`When on, PostHog emails you a weekly summary of your projects. Off stops every project digest.`
  },
  get projectsTitle() {
    return t`Projects in your digest`
  },
  projectsIntro: (name: string) => {
    const organization = isolate(name)
    return t`Projects of ${organization}.`
  },
  get projectsWhileOff() {
    return t`The weekly digest is off, so these choices wait until you turn it back on.`
  },
  project: (projectName: string) => {
    const name = isolate(projectName)
    return t({
      message: `${name} digest`,
      comment: 'Switch label: include this project in the weekly digest. {name} is the project',
    })
  },
  projectHint: (projectName: string) => {
    const name = isolate(projectName)
    return t`When on, your weekly digest includes ${name}.`
  },
  get noProjects() {
    return t`Your organization has no projects yet.`
  },
  get errorTracking() {
    return t`Error tracking digest`
  },
  get errorTrackingHint() {
    return t`When on, PostHog emails you a weekly summary of new and frequent errors.`
  },
  get webAnalytics() {
    return t`Web analytics digest`
  },
  get webAnalyticsHint() {
    return t`When on, PostHog emails you a weekly summary of visitors, top pages and referrers.`
  },
  get errorTrackingProjectsTitle() {
    return t`Projects in your error tracking digest`
  },
  get webAnalyticsProjectsTitle() {
    return t`Projects in your web analytics digest`
  },
  autoPickHint: (name: string) => {
    const organization = isolate(name)
    return t`Projects of ${organization}. Until you turn one on, PostHog picks your busiest project for you.`
  },
  get errorTrackingWhileOff() {
    return t`The error tracking digest is off, so these choices wait until you turn it back on.`
  },
  get webAnalyticsWhileOff() {
    return t`The web analytics digest is off, so these choices wait until you turn it back on.`
  },
  errorTrackingProject: (projectName: string) => {
    const name = isolate(projectName)
    return t`Error tracking digest for ${name}`
  },
  errorTrackingProjectHint: (projectName: string) => {
    const name = isolate(projectName)
    return t`When on, your error tracking digest covers ${name}.`
  },
  webAnalyticsProject: (projectName: string) => {
    const name = isolate(projectName)
    return t`Web analytics digest for ${name}`
  },
  webAnalyticsProjectHint: (projectName: string) => {
    const name = isolate(projectName)
    return t`When on, your web analytics digest covers ${name}.`
  },
  get loading() {
    return t`Loading your digest settings`
  },
}
