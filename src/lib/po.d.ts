// A .po catalogue, compiled on import by @lingui/vite-plugin (lingui.vite.ts).
declare module '*.po' {
  import type { Messages } from '@lingui/core'
  export const messages: Messages
}
