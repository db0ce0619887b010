import { defineConfig } from 'vite';

/**
 * The web app's build. `npm run dev:web` serves it with hot reload on :5173 and proxies the API
 * paths to the server on :3000 (`npm start` in another terminal).
 */
export default defineConfig(
  () =>
    ({
      root: __dirname,
      base: '/',
      oxc: { jsx: { runtime: 'automatic', importSource: 'react' } },
      css: {
        // govuk-frontend's CSS uses hacks for old browsers that lightningcss otherwise refuses.
        lightningcss: { errorRecovery: true },
        preprocessorOptions: { scss: { quietDeps: true, silenceDeprecations: ['import', 'global-builtin'] } },
      },
      build: {
        outDir: 'dist',
        emptyOutDir: true,
        assetsInlineLimit: 0,
        sourcemap: false,
        chunkSizeWarningLimit: 600,
        rollupOptions: {
          onwarn(warning, warn) {
            // "use client" in react-router: meaningless in a client-only bundle.
            if (warning.code === 'MODULE_LEVEL_DIRECTIVE') return;
            warn(warning);
          },
        },
      },
      server: {
        port: 5173,
        proxy: {
          '/graphql': 'http://127.0.0.1:3000',
          '/api': 'http://127.0.0.1:3000',
          '/health': 'http://127.0.0.1:3000',
        },
      },
      test: {
        environment: 'jsdom',
        include: ['src/**/*.test.{ts,tsx}', 'test/**/*.test.ts'],
      },
    }) as import('vite').UserConfig,
);
