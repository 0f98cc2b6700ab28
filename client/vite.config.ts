import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { compression } from 'vite-plugin-compression2';
import { VitePWA } from 'vite-plugin-pwa';

const clientRoot = fileURLToPath(new URL('.', import.meta.url));
const apiServer = 'http://localhost:3000';

// `vite build` makes the browser's storefront in dist/; `vite build --ssr` the server's
// render of its public pages (src/entry-server.tsx) in dist-server/, which the server loads
// when it is there (decision 0051).
export default defineConfig(({ isSsrBuild = false }) => ({
  root: clientRoot,
  // The public files (favicon, robots.txt) are the browser build's to copy.
  ...(isSsrBuild ? { publicDir: false as const } : {}),
  plugins: [react(), ...(isSsrBuild ? [] : browserOnlyPlugins())],
  resolve: {
    // zod without eval in the browser (see the file); its own subpaths stay zod's.
    alias: [{ find: /^zod$/, replacement: `${clientRoot}src/lib/zod-without-eval.ts` }],
  },
  // The workspace's shared TypeScript is bundled; packages from npm are Node's to load.
  ssr: { noExternal: ['@e-galleria/shared'] },
  build: isSsrBuild
    ? { outDir: 'dist-server', emptyOutDir: true }
    : {
        outDir: 'dist',
        emptyOutDir: true,
        // The polyfill is an inline-free but extra script; every browser we support has modulepreload.
        modulePreload: { polyfill: false },
        // Besides the app: the small script a rendered page with a main picture starts with,
        // which lets the app's scripts in once the picture is there (decision 0051).
        rollupOptions: {
          input: {
            index: `${clientRoot}index.html`,
            'release-held-scripts': `${clientRoot}src/server-rendering/release-held-scripts.ts`,
          },
        },
      },
  server: {
    proxy: { '/api': apiServer, '/files': apiServer },
  },
}));

function browserOnlyPlugins() {
  return [
    // Brotli and gzip twins of every text file at their highest levels, which is too slow to
    // do per request; server/src/http/precompressed-files.ts sends them (decision 0031).
    compression({ algorithms: ['brotliCompress', 'gzip'], threshold: 1024 }),
    // The app shell for the counter on a phone without a connection: precached, and every
    // page address answered with index.html. Registered by the counter page only, so a
    // resident's first visit fetches nothing extra (decision 0033).
    VitePWA({
      injectRegister: false,
      registerType: 'prompt',
      manifest: false,
      workbox: {
        globPatterns: ['**/*.{js,css,html,svg}'],
        navigateFallback: 'index.html',
        // Server answers, not pages: the API, stored images, the demo mailbox.
        navigateFallbackDenylist: [/^\/api\//, /^\/files\//],
        cleanupOutdatedCaches: true,
      },
    }),
  ];
}
