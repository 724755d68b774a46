import react from '@vitejs/plugin-react'
import { defineConfig } from 'vite'

// In dev the SPA runs on Vite's port; proxying the API paths keeps the session and CSRF
// cookies on one origin, exactly as when `npm start` serves dist/ and the API together.
const apiTarget = process.env.API_TARGET ?? 'http://127.0.0.1:8000'
const proxiedPaths = ['/api', '/logout', '/_dev', '/_health']

export default defineConfig({
  plugins: [react()],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
  },
  server: {
    host: '127.0.0.1',
    proxy: Object.fromEntries(proxiedPaths.map((path) => [path, { target: apiTarget }])),
  },
})
