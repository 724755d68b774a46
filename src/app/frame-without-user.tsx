import type { ReactNode } from 'react'
import { Frame, navPages } from './frame'

/**
 * The settings frame for when the signed-in user could not be loaded (the server can't be
 * reached): the layout's header and navigation, without the name and Sign out that need the user,
 * and without the staff-only links. Following a link tries the user again.
 */
export function FrameWithoutUser({ children }: { children: ReactNode }) {
  return <Frame links={navPages(false)}>{children}</Frame>
}
