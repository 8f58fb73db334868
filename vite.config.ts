import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { contentSecurityPolicy } from './vite-plugins/csp.ts';
import { serviceWorker } from './vite-plugins/service-worker.ts';

export default defineConfig({
  // The CSP and the service worker apply to the built app only (see each plugin).
  plugins: [react(), contentSecurityPolicy(), serviceWorker()],
  base: './',
  worker: { format: 'es' },
  build: { target: 'es2022', sourcemap: true },
});
