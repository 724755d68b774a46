import nodemailer from 'nodemailer'
import type { Db } from '../store/db'
import type { Clock } from './clock'

export interface Mail {
  to: string
  subject: string
  text: string
}

export interface Mailer {
  send(mail: Mail): Promise<void>
}

const FROM = 'PostHog <hey@posthog.example>'

/**
 * Mail goes through nodemailer. Without SMTP_URL the JSON transport renders the message and we
 * keep it in the outbox table, which the dev mailbox (/_dev/mail) shows.
 */
export function createMailer(db: Db, clock: Clock, smtpUrl: string | null): Mailer {
  if (smtpUrl) {
    const transport = nodemailer.createTransport(smtpUrl)
    return {
      async send(mail) {
        await transport.sendMail({ from: FROM, ...mail })
      },
    }
  }
  const transport = nodemailer.createTransport({ jsonTransport: true })
  const insert = db.prepare(
    'INSERT INTO outbox (recipient, subject, text, created_at) VALUES (?, ?, ?, ?)',
  )
  return {
    async send(mail) {
      await transport.sendMail({ from: FROM, ...mail })
      insert.run(mail.to, mail.subject, mail.text, clock.now())
    },
  }
}

export interface OutboxMessage {
  id: number
  to: string
  subject: string
  text: string
  created_at: string
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
