import type { Db } from './db'

export interface OutboxMessage {
  id: number
  to: string
  subject: string
  text: string
  created_at: string
}

/** Prepared once when the mailer is made: every dev-mode mail writes one row. */
export function outboxWriter(
  db: Db,
): (to: string, subject: string, text: string, at: number) => void {
  const insert = db.prepare(
    'INSERT INTO outbox (recipient, subject, text, created_at) VALUES (?, ?, ?, ?)',
  )
  return (to, subject, text, at) => {
    insert.run(to, subject, text, at)
  }
}

export function readOutbox(db: Db, limit = 100): OutboxMessage[] {
  const rows = db.prepare('SELECT * FROM outbox ORDER BY id DESC LIMIT ?').all(limit) as Record<
    string,
    unknown
  >[]
  return rows.map((r) => ({
    id: r.id as number,
    to: r.recipient as string,
    subject: r.subject as string,
    text: r.text as string,
    created_at: new Date(r.created_at as number).toISOString(),
  }))
}
