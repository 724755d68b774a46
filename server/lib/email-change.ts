// Placeholder replaced by the email-change work.
import type { Body } from './body'
import type { Ctx } from './context'
import type { UserRow } from '../store/users'

export function emailChangeRequested(user: UserRow, body: Body): boolean {
  return typeof body.email === 'string' && body.email.trim().toLowerCase() !== user.email.toLowerCase()
}

export async function stageEmailChange(
  _c: Ctx,
  _user: UserRow,
  _email: string,
): Promise<{ commit(): void; notify(): Promise<void> }> {
  return { commit() {}, async notify() {} }
}
