/// <reference types="vitest/config" />
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { corpusPlugin } from './src/build/corpus-plugin.ts';
import { CONTENT_SECURITY_POLICY, contentSecurityPolicyPlugin } from './src/build/content-security-policy.ts';
import { prerenderPlugin } from './src/build/prerender-plugin.ts';

// The site can be hosted under a sub-folder: BASE_PATH=/digests/ npm run build
const base = process.env.BASE_PATH ?? '/';

export default defineConfig({
  base,
  plugins: [react(), corpusPlugin(), contentSecurityPolicyPlugin(), prerenderPlugin()],
  // The built site's policy as a header too (the meta tag cannot carry every directive a header can).
  preview: { headers: { 'Content-Security-Policy': CONTENT_SECURITY_POLICY } },
  // No modulepreload polyfill: every browser that runs the es2022 build supports <link rel="modulepreload">
  // (Chromium 66, Firefox 115, Safari 17), and the polyfill was 1.2 KB of `/`'s first-load script.
  build: { target: 'es2022', sourcemap: false, cssCodeSplit: false, modulePreload: { polyfill: false } },
  environments: {
    client: {
      // What `/` needs ships as one chunk: split over several (rolldown's default), the same code costs
      // ~2 KB gzip more (cross-chunk imports and exports, a gzip dictionary per file). Lazy chunks stay split.
      build: {
        rolldownOptions: { output: { codeSplitting: { groups: [{ name: 'index', tags: ['$initial'] }] } } },
      },
    },
  },
  test: {
    // Sized for a loaded 2-core CI machine, not a quiet laptop: a component test that takes 1.4 s alone (250 table rows in
    // jsdom) took over Vitest's default 5 s there. A limit against hangs, not a benchmark; slow tests set their own.
    testTimeout: 30_000,
    hookTimeout: 60_000,
    projects: [
      {
        extends: true,
        test: {
          name: 'node',
          environment: 'node',
          include: ['tests/{core,build,bench,scripts}/**/*.test.ts'],
        },
      },
      {
        extends: true,
        test: {
          name: 'dom',
          environment: 'jsdom',
          include: ['tests/{app,routes,components,data}/**/*.test.{ts,tsx}'],
          setupFiles: ['tests/setup-dom.ts'],
        },
      },
    ],
  },
});
