import { useSuspenseQuery } from '@tanstack/react-query'
import { useId } from 'react'
import type { User } from '../../../../contract/user'
import { currentUserQuery } from '../../../lib/current-user'
import type { MapKey } from '../settings'
import { digestsStrings as s } from '../digests-strings'
import { SectionCard } from '../../../components/section-card'
import {
  NotificationSwitch,
  NotificationSwitches,
  type NotificationSwitchProps,
} from './notification-switch'

type Team = NonNullable<User['organization']>['teams'][number]

interface ProjectSwitchesProps {
  title: string
  intro: string
  /** Shown while the digest these projects belong to is off. */
  whileOff: string | null
  teams: Team[]
  setting: MapKey
  /** `*_disabled` maps hold "left out": the switch shows "included". */
  inverted: boolean
  label: (name: string) => string
  hint: (name: string) => string
}

/** One digest's per-project switches, under their own heading. */
function ProjectSwitches({
  title,
  intro,
  whileOff,
  teams,
  setting,
  inverted,
  label,
  hint,
}: ProjectSwitchesProps) {
  const headingId = useId()
  return (
    <div className="notification-subgroup" role="group" aria-labelledby={headingId}>
      <h3 id={headingId}>{title}</h3>
      <p className="hint">{intro}</p>
      {whileOff ? <p className="notice">{whileOff}</p> : null}
      {teams.length === 0 ? <p className="hint">{s.noProjects}</p> : null}
      {teams.map((team) => (
        <NotificationSwitch
          key={team.id}
          // Team ids are keys of a JSON object, so strings (int keys come back as strings).
          setting={{ key: setting, id: String(team.id) }}
          inverted={inverted}
          label={label(team.name)}
          description={hint(team.name)}
        />
      ))}
    </div>
  )
}

/** Built at render, so the labels are in the active language. */
const digestSwitches = (): NotificationSwitchProps[] => [
  {
    setting: { key: 'all_weekly_digest_disabled' },
    inverted: true,
    label: s.all,
    description: s.allHint,
  },
  {
    setting: { key: 'error_tracking_weekly_digest' },
    label: s.errorTracking,
    description: s.errorTrackingHint,
  },
  {
    setting: { key: 'web_analytics_weekly_digest' },
    label: s.webAnalytics,
    description: s.webAnalyticsHint,
  },
]

// Polarity (contract section 2.1): all_weekly_digest_disabled and project_weekly_digest_disabled
// suppress when true; the product digests and their `*_project_enabled` maps send when true.
function Digests() {
  const { data: user } = useSuspenseQuery(currentUserQuery)
  const settings = user.notification_settings
  const organization = user.organization
  const digests: Omit<ProjectSwitchesProps, 'teams'>[] = organization
    ? [
        {
          title: s.projectsTitle,
          intro: s.projectsIntro(organization.name),
          whileOff: settings.all_weekly_digest_disabled ? s.projectsWhileOff : null,
          setting: 'project_weekly_digest_disabled',
          inverted: true,
          label: s.project,
          hint: s.projectHint,
        },
        {
          title: s.errorTrackingProjectsTitle,
          intro: s.autoPickHint(organization.name),
          whileOff: settings.error_tracking_weekly_digest ? null : s.errorTrackingWhileOff,
          setting: 'error_tracking_weekly_digest_project_enabled',
          inverted: false,
          label: s.errorTrackingProject,
          hint: s.errorTrackingProjectHint,
        },
        {
          title: s.webAnalyticsProjectsTitle,
          intro: s.autoPickHint(organization.name),
          whileOff: settings.web_analytics_weekly_digest ? null : s.webAnalyticsWhileOff,
          setting: 'web_analytics_weekly_digest_project_enabled',
          inverted: false,
          label: s.webAnalyticsProject,
          hint: s.webAnalyticsProjectHint,
        },
      ]
    : []
  return (
    <>
      <NotificationSwitches switches={digestSwitches()} />
      {digests.map((digest) => (
        <ProjectSwitches key={digest.setting} {...digest} teams={organization?.teams ?? []} />
      ))}
    </>
  )
}

export function DigestsSection() {
  return (
    <SectionCard strings={s} rows={5}>
      <Digests />
    </SectionCard>
  )
}
