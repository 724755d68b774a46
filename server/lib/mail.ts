import nodemailer from 'nodemailer'
import type { Db } from '../store/db'
import { outboxWriter } from '../store/outbox'
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
  const insert = outboxWriter(db)
  return {
    async send(mail) {
      await transport.sendMail({ from: FROM, ...mail })
      insert(mail.to, mail.subject, mail.text, clock.now())
    },
  }
}
