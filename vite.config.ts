import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import tailwindcss from '@tailwindcss/vite';

const apiPort = process.env.PORT ?? '3000';
const clientFile = (name: string) => fileURLToPath(new URL(`./client/${name}`, import.meta.url));

export default defineConfig({
  root: 'client',
  publicDir: 'public',
  plugins: [react(), tailwindcss()],
  build: {
    outDir: '../dist/client',
    emptyOutDir: true,
    sourcemap: true,
    // The public page's bundle budget test follows its entry's imports in the manifest.
    manifest: true,
    // Every browser the app supports preloads modules itself; the polyfill only cost bytes
    // (the public page counts every one).
    modulePreload: { polyfill: false },
    rolldownOptions: {
      // Two pages: the app for staff and workshop participants, and the residents' public page
      // (its own small bundle: no router, editor or Yjs).
      input: { main: clientFile('index.html'), public: clientFile('public.html') },
      output: {
        codeSplitting: {
          // React in one chunk both pages share (one request, and it compresses best whole).
          groups: [
            { name: 'react', test: /[\\/]node_modules[\\/](react|react-dom|scheduler)[\\/]/ },
            // The staff app's other libraries every page needs, together: one file compresses
            // better than three (the bundle budgets of issue #16 count each gzipped on its own).
            {
              name: 'app-libraries',
              test: /[\\/]node_modules[\\/](react-router|i18next|react-i18next|use-sync-external-store)[\\/]/,
            },
          ],
        },
      },
    },
  },
  server: {
    port: 5173,
    proxy: {
      '/api': `http://localhost:${apiPort}`,
      '/socket.io': { target: `ws://localhost:${apiPort}`, ws: true },
    },
  },
});
