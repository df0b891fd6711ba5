import { defineConfig } from 'vite';

// Static pages: `vite build` writes dist/, served from its own origin. One page per client:
// index.html (Apollo Client), urql.html (urql + Graphcache), relay.html (Relay).
export default defineConfig({
  build: { outDir: 'dist', emptyOutDir: true, rollupOptions: { input: { index: 'index.html', urql: 'urql.html', relay: 'relay.html' } } },
  logLevel: 'warn',
});
