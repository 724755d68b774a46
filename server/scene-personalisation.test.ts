import { beforeEach, describe, expect, it } from 'vitest'
import { testServerPerTest } from './testing/per-test'
import { expectAnswer } from './testing/envelopes'

const s = testServerPerTest()
const ada = s.signedInPerTest('ada@example.com')
let dashboards: number[]
beforeEach(async () => {
  const res = await ada.get('/api/projects/@current/dashboards/')
  dashboards = (res.body.results as { id: number }[]).map((d) => d.id)
})

const SCENE = '/api/users/@me/scene_personalisation/'
const choose = (scene: string, dashboard: number | null) => ada.post(SCENE, { scene, dashboard })
const listed = async () => (await ada.get('/api/users/@me/')).body.scene_personalisation as unknown

describe('scene_personalisation order', () => {
  it('lists scenes as created, as PostHog test_set_scene_personalisation_for_user does', async () => {
    const [one, two] = dashboards
    expect((await choose('Person', one!)).body.scene_personalisation).toEqual([
      { scene: 'Person', dashboard: one },
    ])
    expect((await choose('Person', two!)).body.scene_personalisation).toEqual([
      { scene: 'Person', dashboard: two },
    ])
    // "Group" sorts before "Person" but was created after it.
    expect((await choose('Group', two!)).body.scene_personalisation).toEqual([
      { scene: 'Person', dashboard: two },
      { scene: 'Group', dashboard: two },
    ])
  })

  it('an upsert of an existing scene keeps its place', async () => {
    const [one, two, three] = dashboards
    await choose('ProjectHomepage', one!)
    await choose('Person', one!)
    await choose('Group', one!)
    await choose('ProjectHomepage', three ?? two!)
    await choose('Person', two!)
    expect(await listed()).toEqual([
      { scene: 'ProjectHomepage', dashboard: three ?? two },
      { scene: 'Person', dashboard: two },
      { scene: 'Group', dashboard: one },
    ])
  })
})

describe('clearing a scene with dashboard: null (our extension, ADR 0004)', () => {
  it('removes that scene only and answers the user', async () => {
    const [one, two] = dashboards
    await choose('ProjectHomepage', one!)
    await choose('Person', two!)
    const res = await choose('ProjectHomepage', null)
    expect(res.status).toBe(200)
    expect(res.body.email).toBe('ada@example.com')
    expect(res.body.scene_personalisation).toEqual([{ scene: 'Person', dashboard: two }])
    expect(await listed()).toEqual([{ scene: 'Person', dashboard: two }])
  })

  it('is a no-op for a scene without a choice, and a new choice goes to the end', async () => {
    const [one, two] = dashboards
    await choose('Person', one!)
    await choose('Group', one!)
    expect((await choose('Dashboards', null)).status).toBe(200)
    await choose('Person', null)
    await choose('Person', two!)
    expect(await listed()).toEqual([
      { scene: 'Group', dashboard: one },
      { scene: 'Person', dashboard: two },
    ])
  })

  it('clears only in the current project', async () => {
    const [one] = dashboards
    await choose('ProjectHomepage', one!)
    const teams = (await ada.get('/api/users/@me/')).body.organization.teams as {
      id: number
      name: string
    }[]
    const home = teams.find((t) => t.name !== 'Staging')!.id
    const staging = teams.find((t) => t.name === 'Staging')!.id
    await ada.patch('/api/users/@me/', { set_current_team: staging })
    expect((await choose('ProjectHomepage', null)).status).toBe(200)
    await ada.patch('/api/users/@me/', { set_current_team: home })
    expect(await listed()).toEqual([{ scene: 'ProjectHomepage', dashboard: one }])
  })

  it('still needs the dashboard key and a scene', async () => {
    const missing = await ada.post(SCENE, { scene: 'ProjectHomepage' })
    expectAnswer(missing, 400, {
      type: 'validation_error',
      code: 'invalid_input',
      detail: 'Dashboard must be provided.',
      attr: 'dashboard',
    })
    const noScene = await ada.post(SCENE, { dashboard: null })
    expectAnswer(noScene, 400, {
      type: 'validation_error',
      code: 'invalid_input',
      detail: 'Scene must be provided.',
      attr: 'scene',
    })
    const nullScene = await ada.post(SCENE, { scene: null, dashboard: null })
    expect(nullScene.status).toBe(400)
    expect(nullScene.body).toMatchObject({ type: 'validation_error', attr: 'scene' })
  })

  it('works for a user without a project', async () => {
    const alan = await s.signedIn('alan@example.com')
    const res = await alan.post(SCENE, { scene: 'ProjectHomepage', dashboard: null })
    expect(res.status).toBe(200)
    expect(res.body.scene_personalisation).toEqual([])
  })
})
