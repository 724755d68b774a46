import type { Db } from './db'

export interface DashboardRow {
  id: number
  name: string
  description: string
  pinned: number
  created_at: number
}

export function countDashboards(db: Db, teamId: number): number {
  return (
    db.prepare('SELECT count(*) AS n FROM dashboards WHERE team_id = ?').get(teamId) as {
      n: number
    }
  ).n
}

/** Dashboard.objects.order_by("-pinned", "name"), with id last so a page boundary is stable. */
export function listDashboards(
  db: Db,
  teamId: number,
  limit: number,
  offset: number,
): DashboardRow[] {
  return db
    .prepare(
      'SELECT id, name, description, pinned, created_at FROM dashboards WHERE team_id = ? ORDER BY pinned DESC, name, id LIMIT ? OFFSET ?',
    )
    .all(teamId, limit, offset) as DashboardRow[]
}

/** The project a dashboard belongs to, or null when there is no such dashboard. */
export function dashboardTeamId(db: Db, id: number): number | null {
  const row = db.prepare('SELECT team_id FROM dashboards WHERE id = ?').get(id) as
    { team_id: number } | undefined
  return row ? row.team_id : null
}
