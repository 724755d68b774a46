#!/usr/bin/env node
// `npm run dev`: the local API (restarting on change) and Vite's dev server with hot reload.
// Open the Vite URL it prints; Vite proxies /api, /logout and /_dev to the API on :8000.
// With POSTHOG_URL set, the API process runs in proxy mode (README, "Use it with your PostHog").
import { spawn } from 'node:child_process'

// Each child leads its own process group, so stopping it also stops what npx started under it.
const start = (args) => spawn('npx', ['--no', '--', ...args], { stdio: 'inherit', detached: true })
const children = [start(['tsx', 'watch', 'server/main.ts']), start(['vite'])]

let stopping = false
function stop() {
  if (stopping) return
  stopping = true
  for (const child of children) {
    try {
      process.kill(-child.pid, 'SIGTERM')
    } catch {
      // already gone
    }
  }
}
process.on('SIGINT', stop)
process.on('SIGTERM', stop)
children.forEach((child) => child.on('exit', stop))
