import { describe, expect, it } from 'vitest'
import { testServerPerTest } from './testing/per-test'
import { expectAnswer } from './testing/envelopes'

const s = testServerPerTest()
const ada = s.signedInPerTest('ada@example.com')

const DEFAULTS = {
  plugin_disabled: true,
  discussions_mentioned: true,
  project_weekly_digest_disabled: {},
  all_weekly_digest_disabled: false,
  error_tracking_issue_assigned: true,
  error_tracking_weekly_digest: true,
  data_pipeline_error_threshold: 0.01,
  project_api_key_exposed: true,
  materialized_view_sync_failed: false,
  web_analytics_weekly_digest: true,
  organization_member_join_email_disabled: {},
}

const patch = (notification_settings: unknown) =>
  ada.patch('/api/users/@me/', { notification_settings })
const invalid = (detail: string) => ({
  type: 'validation_error',
  code: 'invalid_input',
  detail,
  attr: 'notification_settings',
})

describe('notification_settings', () => {
  it('shows the 11 defaults to a fresh user', async () => {
    const me = await ada.get('/api/users/@me/')
    expect(me.body.notification_settings).toEqual(DEFAULTS)
  })

  it('changes only the keys sent and keeps the rest', async () => {
    const first = await patch({ plugin_disabled: false, all_weekly_digest_disabled: true })
    expect(first.status).toBe(200)
    expect(first.body.notification_settings).toEqual({
      ...DEFAULTS,
      plugin_disabled: false,
      all_weekly_digest_disabled: true,
    })
    const second = await patch({ discussions_mentioned: false })
    expect(second.body.notification_settings).toEqual({
      ...DEFAULTS,
      plugin_disabled: false,
      all_weekly_digest_disabled: true,
      discussions_mentioned: false,
    })
    expect((await ada.get('/api/users/@me/')).body.notification_settings).toEqual(
      second.body.notification_settings,
    )
  })

  it('merges maps key by key instead of replacing them', async () => {
    await patch({ project_weekly_digest_disabled: { 123: true } })
    const res = await patch({ project_weekly_digest_disabled: { 456: true, 123: false } })
    expect(res.body.notification_settings.project_weekly_digest_disabled).toEqual({
      '123': false,
      '456': true,
    })
    const org = await patch({ organization_member_join_email_disabled: { 'org-1': true } })
    expect(org.body.notification_settings.organization_member_join_email_disabled).toEqual({
      'org-1': true,
    })
    expect(org.body.notification_settings.project_weekly_digest_disabled).toEqual({
      '123': false,
      '456': true,
    })
  })

  it('accepts the optional keys, realtime maps merging two levels deep', async () => {
    await patch({ realtime_notifications_disabled: { comment_mention: { '1': true } } })
    const res = await patch({
      realtime_notifications_disabled: {
        comment_mention: { '2': true },
        alert_firing: { '1': false },
      },
      pipeline_notifications_disabled: { 'hog_function:abc-123': true },
      materialized_view_sync_failed_daily: true,
    })
    expect(res.status).toBe(200)
    expect(res.body.notification_settings).toMatchObject({
      realtime_notifications_disabled: {
        comment_mention: { '1': true, '2': true },
        alert_firing: { '1': false },
      },
      pipeline_notifications_disabled: { 'hog_function:abc-123': true },
      materialized_view_sync_failed_daily: true,
    })
  })

  it('refuses an unknown key', async () => {
    const res = await patch({ invalid_key: true })
    expectAnswer(
      res,
      400,
      invalid('Key invalid_key is not valid as a key for notification settings'),
    )
  })

  it('refuses a map key given a non-object, and non-boolean map values', async () => {
    expect((await patch({ project_weekly_digest_disabled: true })).body).toEqual(
      invalid('project_weekly_digest_disabled must be a dictionary mapping IDs to boolean values'),
    )
    expect((await patch({ organization_member_join_email_disabled: [] })).body).toEqual(
      invalid(
        'organization_member_join_email_disabled must be a dictionary mapping IDs to boolean values',
      ),
    )
    const cases: [unknown, string][] = [
      ['not a boolean', 'str'],
      [1, 'int'],
      [0.5, 'float'],
      [null, 'NoneType'],
      [[true], 'list'],
      [{}, 'dict'],
    ]
    for (const [value, type] of cases) {
      const res = await patch({ project_weekly_digest_disabled: { '123': value } })
      expectAnswer(
        res,
        400,
        invalid(`Notification setting values must be boolean, got <class '${type}'> instead`),
      )
    }
  })

  it('refuses a scalar of the wrong type with Python renderings', async () => {
    const cases: [unknown, string][] = [
      ['yes', 'yes'],
      [1, '1'],
      [null, 'None'],
      [['a', 1, true], "['a', 1, True]"],
      [{ a: null }, "{'a': None}"],
    ]
    for (const [value, shown] of cases) {
      const res = await patch({ plugin_disabled: value })
      expectAnswer(
        res,
        400,
        invalid(`${shown} is not a valid type for notification settings, should be <class 'bool'>`),
      )
    }
  })

  it('keeps data_pipeline_error_threshold within 0.0 and 1.0', async () => {
    for (const ok of [0, 0.5, 1]) {
      const res = await patch({ data_pipeline_error_threshold: ok })
      expect(res.status).toBe(200)
      expect(res.body.notification_settings.data_pipeline_error_threshold).toBe(ok)
    }
    for (const [bad, shown] of [
      [1.5, '1.5'],
      [-0.1, '-0.1'],
      [2, '2'],
    ] as const) {
      expect((await patch({ data_pipeline_error_threshold: bad })).body).toEqual(
        invalid(`data_pipeline_error_threshold must be between 0.0 and 1.0, got ${shown}`),
      )
    }
    expect((await patch({ data_pipeline_error_threshold: '0.5' })).body).toEqual(
      invalid("data_pipeline_error_threshold must be a number, got <class 'str'> instead"),
    )
  })

  it('checks pipeline ids and realtime notification types', async () => {
    expect((await patch({ pipeline_notifications_disabled: { nope: true } })).body).toEqual(
      invalid("Invalid pipeline id: 'nope'"),
    )
    const many = Object.fromEntries(
      Array.from({ length: 1001 }, (_, i) => [`batch_export:${i}`, true]),
    )
    expect((await patch({ pipeline_notifications_disabled: many })).body).toEqual(
      invalid('pipeline_notifications_disabled cannot have more than 1000 entries'),
    )
    expect((await patch({ realtime_notifications_disabled: { not_a_type: {} } })).body).toEqual(
      invalid('Unknown notification type not_a_type'),
    )
    expect((await patch({ realtime_notifications_disabled: { reminder: true } })).body).toEqual(
      invalid('Per-type value for reminder must be a dict of team_id to bool'),
    )
    expect(
      (await patch({ realtime_notifications_disabled: { reminder: { '1': 'x' } } })).body,
    ).toEqual(invalid("Disabled flag for reminder must be boolean, got <class 'str'>"))
  })

  it('refuses a notification_settings value that is not an object, and writes nothing on failure', async () => {
    const str = await patch('all')
    expectAnswer(str, 400, {
      type: 'validation_error',
      code: 'not_a_dict',
      detail: 'Expected a dictionary of items but got type "str".',
      attr: 'notification_settings',
    })
    expect((await patch([true])).body).toMatchObject({
      code: 'not_a_dict',
      attr: 'notification_settings',
    })
    expect((await patch(null)).body).toMatchObject({ code: 'null', attr: 'notification_settings' })
    await patch({ plugin_disabled: false, bogus: true })
    expect((await ada.get('/api/users/@me/')).body.notification_settings).toEqual(DEFAULTS)
  })
})
