// Prisma CLI configuration: run the schema engine as WebAssembly through a driver
// adapter, so `migrate diff` needs no Rust binary and no database server
// (docs/prisma-offline.md): the adapter is a throwaway in-memory PGlite. Only the
// CLI reads this file, always through scripts/prisma.cjs.
import { defineConfig } from 'prisma/config';
import { PGlite } from '@electric-sql/pglite';
import { PrismaPGlite } from 'pglite-prisma-adapter';

export default defineConfig({
  schema: 'prisma/schema.prisma',
  experimental: { adapter: true },
  engine: 'js',
  adapter: async () => new PrismaPGlite(new PGlite()),
});
