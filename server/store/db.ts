import { mkdirSync } from 'node:fs'
import { join } from 'node:path'
import Database from 'libsql'
import { migrations } from './migrations'

export type Db = InstanceType<typeof Database>

/**
 * Opens (or creates) the SQLite database and brings its schema up to date.
 * WAL with synchronous=FULL: an acknowledged write survives a killed process.
 * Pass ':memory:' for a throwaway database.
 */
export function openDb(dataDir: string | ':memory:'): Db {
  let file = ':memory:'
  if (dataDir !== ':memory:') {
    mkdirSync(dataDir, { recursive: true })
    file = join(dataDir, 'account-settings.sqlite3')
  }
  const db = new Database(file)
  if (file !== ':memory:') db.pragma('journal_mode = WAL')
  db.pragma('synchronous = FULL')
  db.pragma('foreign_keys = ON')
  db.pragma('busy_timeout = 5000')
  migrate(db)
  return db
}

function migrate(db: Db) {
  const row = db.prepare('PRAGMA user_version').get() as { user_version: number }
  for (let v = row.user_version; v < migrations.length; v++) {
    db.transaction(() => {
      db.exec(migrations[v]!)
      db.exec(`PRAGMA user_version = ${v + 1}`)
    })()
  }
}

export interface Stmt {
  run(...params: unknown[]): { changes: number; lastInsertRowid: number | bigint }
  get(...params: unknown[]): unknown
  all(...params: unknown[]): unknown[]
}

const statements = new WeakMap<Db, Map<string, Stmt>>()

/** A prepared statement, compiled once per database: the hot read paths use it. */
export function stmt(db: Db, sql: string): Stmt {
  let cache = statements.get(db)
  if (!cache) statements.set(db, (cache = new Map()))
  let s = cache.get(sql)
  if (!s) cache.set(sql, (s = db.prepare(sql) as unknown as Stmt))
  return s
}
