import { screen, waitFor, within } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { apiPaths } from '../../../config/paths'
import { apiError, http, HttpResponse, makeUser, server } from '../../../testing/msw'
import { announcer, fakeApi, jane, renderPage, toggle } from './notifications-test-utils'

const group = (name: string) => within(screen.getByRole('group', { name }))

describe('the optional keys PostHog accepts', () => {
  it('shows each with the default PostHog gives it while unset', () => {
    fakeApi()
    renderPage()
    // Absent from the example user's settings: true / false / false until written.
    expect(toggle('Materialized view failures: daily summary')).toBeChecked()
    expect(toggle('Materialized view failures: right away')).not.toBeChecked()
    expect(toggle('Task comments in Slack')).not.toBeChecked()
    // *_project_enabled maps are opt-in: nothing chosen means no project is switched on.
    const errorTracking = screen.getByRole('group', {
      name: 'Projects in your error tracking digest',
    })
    expect(
      within(errorTracking).getByRole('switch', { name: 'Error tracking digest for Staging' }),
    ).not.toBeChecked()
    expect(
      within(errorTracking).getByText(/PostHog picks your busiest project for you/),
    ).toBeVisible()
    const web = screen.getByRole('group', { name: 'Projects in your web analytics digest' })
    expect(within(web).getAllByRole('switch')).toHaveLength(2)
    // In-app: the live types for the current project, "disabled" inverted to "shown".
    const inApp = within(screen.getByRole('region', { name: 'In-app notifications' }))
    expect(inApp.getByText('These are for your current project, Default project.')).toBeVisible()
    expect(inApp.getAllByRole('switch').map((s) => s.getAttribute('aria-checked'))).toEqual([
      'true',
      'true',
      'true',
    ])
    expect(toggle('An alert fires')).toHaveAccessibleDescription(
      'When on, it appears under the bell in Default project.',
    )
  })

  it('reads stored values with their polarity', () => {
    fakeApi()
    renderPage(
      makeUser({
        ...jane,
        notification_settings: {
          ...jane.notification_settings,
          materialized_view_sync_failed_daily: false,
          materialized_view_sync_failed_immediate: true,
          task_comments_slack_dm: true,
          web_analytics_weekly_digest_project_enabled: { '2': true },
          realtime_notifications_disabled: { alert_firing: { '1': true, '2': false } },
        },
      }),
    )
    expect(toggle('Materialized view failures: daily summary')).not.toBeChecked()
    expect(toggle('Materialized view failures: right away')).toBeChecked()
    expect(toggle('Task comments in Slack')).toBeChecked()
    expect(toggle('Web analytics digest for Staging')).toBeChecked()
    expect(toggle('Web analytics digest for Default project')).not.toBeChecked()
    expect(toggle('An alert fires')).not.toBeChecked()
    expect(toggle('Someone mentions you in a comment')).toBeChecked()
  })

  it('saves each at once with only its key, in the stored polarity', async () => {
    const api = fakeApi()
    const app = renderPage()
    await app.user.click(toggle('Materialized view failures: daily summary'))
    await app.user.click(toggle('Materialized view failures: right away'))
    await app.user.click(toggle('Task comments in Slack'))
    await app.user.click(toggle('Error tracking digest for Staging'))
    await app.user.click(toggle('Web analytics digest for Default project'))
    await app.user.click(toggle('An issue is assigned to you'))
    await waitFor(() => expect(api.bodies).toHaveLength(6))
    expect(api.bodies).toEqual([
      { notification_settings: { materialized_view_sync_failed_daily: false } },
      { notification_settings: { materialized_view_sync_failed_immediate: true } },
      { notification_settings: { task_comments_slack_dm: true } },
      { notification_settings: { error_tracking_weekly_digest_project_enabled: { '2': true } } },
      { notification_settings: { web_analytics_weekly_digest_project_enabled: { '1': true } } },
      {
        notification_settings: {
          realtime_notifications_disabled: { issue_assigned: { '1': true } },
        },
      },
    ])
    await waitFor(() =>
      expect(announcer()).toHaveTextContent('An issue is assigned to you: off. Saved.'),
    )
    expect(toggle('An issue is assigned to you')).not.toBeChecked()
    expect(toggle('Error tracking digest for Staging')).toBeChecked()
    expect(toggle('Task comments in Slack')).toBeChecked()
    expect(api.current.notification_settings.realtime_notifications_disabled).toEqual({
      issue_assigned: { '1': true },
    })
  })

  it('keeps the other projects of an in-app type when one changes', async () => {
    const api = fakeApi(
      makeUser({
        ...jane,
        notification_settings: {
          ...jane.notification_settings,
          realtime_notifications_disabled: { alert_firing: { '2': true } },
        },
      }),
    )
    const app = renderPage(api.current)
    await app.user.click(toggle('An alert fires'))
    await waitFor(() => expect(announcer()).toHaveTextContent('An alert fires: off. Saved.'))
    expect(api.current.notification_settings.realtime_notifications_disabled).toEqual({
      alert_firing: { '1': true, '2': true },
    })
  })

  it.each([
    [
      '400',
      () =>
        apiError(
          400,
          'invalid_input',
          'Key task_comments_slack_dm is not valid as a key for notification settings',
          'notification_settings',
        ),
      'Key task_comments_slack_dm is not valid',
    ],
    [
      '429',
      () => apiError(429, 'throttled', 'Request was throttled.', null, { 'Retry-After': '30' }),
      'Too many attempts. Try again in 30 seconds.',
    ],
    [
      '500',
      () => apiError(500, 'error', 'A server error occurred.'),
      'Something went wrong on our side.',
    ],
    ['network down', () => HttpResponse.error(), "We couldn't reach the server."],
  ])('rolls back and says why when the server answers %s', async (_name, answer, text) => {
    fakeApi()
    server.use(http.patch(apiPaths.me, answer))
    const app = renderPage()
    for (const name of [
      'Task comments in Slack',
      'Error tracking digest for Staging',
      'An alert fires',
    ]) {
      const before = toggle(name).getAttribute('aria-checked')
      await app.user.click(toggle(name))
      await waitFor(() => expect(announcer()).toHaveTextContent(`${name} was not changed. ${text}`))
      expect(toggle(name)).toHaveAttribute('aria-checked', before)
    }
    expect(
      screen.getAllByText(new RegExp(text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')), {
        selector: 'p',
      }),
    ).toHaveLength(3)
  })

  it('says so when there is no project or no in-app type to choose', () => {
    fakeApi()
    const { unmount } = renderPage(
      makeUser({ ...jane, active_realtime_notification_types: ['a_type_from_the_future'] }),
    )
    expect(
      screen.getByText('Your PostHog has no in-app notifications to choose from.'),
    ).toBeVisible()
    unmount()
    renderPage(makeUser({ organization: null, organizations: [], team: null }))
    expect(
      screen.getByText("You're not in a project yet, so there is nothing to choose here."),
    ).toBeVisible()
    expect(
      screen.queryByRole('group', { name: 'Projects in your error tracking digest' }),
    ).toBeNull()
  })

  it('notes that per-project choices wait while their digest is off', () => {
    fakeApi()
    renderPage(
      makeUser({
        ...jane,
        notification_settings: {
          ...jane.notification_settings,
          error_tracking_weekly_digest: false,
        },
      }),
    )
    expect(
      group('Projects in your error tracking digest').getByText(/The error tracking digest is off/),
    ).toBeVisible()
    expect(screen.queryByText(/The web analytics digest is off/)).toBeNull()
  })
})
