import { stmt, type Db } from './db'

export interface SceneRow {
  scene: string
  dashboard_id: number | null
}

/**
 * Creation order, as PostHog's test_set_scene_personalisation_for_user expects (its queryset
 * has no ordering, so Postgres answers rows as inserted); an upsert keeps its row and place.
 * Compiled once per database: every serialized user reads it.
 */
export function listScenes(db: Db, userId: number, teamId: number | null): SceneRow[] {
  return stmt(
    db,
    'SELECT scene, dashboard_id FROM scene_personalisation WHERE user_id = ? AND team_id IS ? ORDER BY rowid',
  ).all(userId, teamId) as SceneRow[]
}

export function deleteScene(db: Db, userId: number, teamId: number | null, scene: string) {
  db.prepare(
    'DELETE FROM scene_personalisation WHERE user_id = ? AND team_id IS ? AND scene = ?',
  ).run(userId, teamId, scene)
}

/** An update keeps the row (and its rowid), so the scene keeps its place in the list. */
export function saveScene(
  db: Db,
  userId: number,
  teamId: number | null,
  scene: string,
  dashboardId: number,
) {
  db.prepare(
    `INSERT INTO scene_personalisation (user_id, team_id, scene, dashboard_id) VALUES (?, ?, ?, ?)
     ON CONFLICT (user_id, team_id, scene) DO UPDATE SET dashboard_id = excluded.dashboard_id`,
  ).run(userId, teamId, scene, dashboardId)
}
