import { defineConfig } from 'vite';

// A static page: `vite build` writes dist/, served from its own origin.
export default defineConfig({ build: { outDir: 'dist', emptyOutDir: true }, logLevel: 'warn' });
