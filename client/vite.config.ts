import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

const clientRoot = fileURLToPath(new URL('.', import.meta.url));
const apiServer = 'http://localhost:3000';

export default defineConfig({
  root: clientRoot,
  plugins: [react()],
  resolve: {
    // zod without eval in the browser (see the file); its own subpaths stay zod's.
    alias: [{ find: /^zod$/, replacement: `${clientRoot}src/lib/zod-without-eval.ts` }],
  },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    // The polyfill is an inline-free but extra script; every browser we support has modulepreload.
    modulePreload: { polyfill: false },
  },
  server: {
    proxy: { '/api': apiServer, '/files': apiServer },
  },
});
