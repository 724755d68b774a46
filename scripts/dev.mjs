#!/usr/bin/env node
// `npm run dev`: the local API (restarting on change) and Vite's dev server with hot reload.
// Open the Vite URL it prints; Vite proxies /api, /logout and /_dev to the API on :8000.
import { spawn } from 'node:child_process'

const children = [
  spawn('npx', ['--no', '--', 'tsx', 'watch', 'server/main.ts'], { stdio: 'inherit' }),
  spawn('npx', ['--no', '--', 'vite'], { stdio: 'inherit' }),
]
const stop = () => children.forEach((child) => child.kill('SIGTERM'))
process.on('SIGINT', stop)
process.on('SIGTERM', stop)
children.forEach((child) => child.on('exit', stop))
