#!/usr/bin/env node
// Runs the Prisma CLI without any engine download (docs/prisma-offline.md).
// Every Prisma CLI call of the project goes through here: `node scripts/prisma.cjs <args>`.
//
// With engineType = "client" and a driver adapter nothing loads a Rust engine, but the
// CLI still checks for one and would try to download it from a host these machines
// (and air-gapped council networks) cannot reach. Pointing the two variables at files
// that exist stops the check; nothing ever executes them.
'use strict';
const { spawnSync } = require('node:child_process');
const path = require('node:path');

const coreDir = path.resolve(__dirname, '..');
const env = {
  ...process.env,
  // The typegraphql-prisma generator is found by name on PATH.
  PATH: [path.join(coreDir, 'node_modules', '.bin'), process.env.PATH].join(path.delimiter),
  SKIP_PRISMA_VERSION_CHECK: 'true', // typegraphql-prisma 0.28 declares Prisma ^5.18; it works with 6.19
  PRISMA_QUERY_ENGINE_LIBRARY: process.env.PRISMA_QUERY_ENGINE_LIBRARY || __filename,
  PRISMA_SCHEMA_ENGINE_BINARY: process.env.PRISMA_SCHEMA_ENGINE_BINARY || process.execPath,
  PRISMA_HIDE_UPDATE_MESSAGE: '1',
  CHECKPOINT_DISABLE: '1', // no version check-in call to Prisma's servers
  PRISMA_GENERATE_SKIP_AUTOINSTALL: '1',
  // The CLI reads the datasource url even when it does not connect.
  DATABASE_URL: process.env.DATABASE_URL || 'postgresql://localhost:5432/unused',
};
const args = process.argv.slice(2);
if (!args.some((a) => a.startsWith('--schema')) && ['generate', 'validate', 'format'].includes(args[0])) {
  args.push('--schema', path.join(coreDir, 'prisma', 'schema.prisma'));
}
const cli = require.resolve('prisma/build/index.js', { paths: [coreDir] });
const result = spawnSync(process.execPath, [cli, ...args], { cwd: coreDir, env, stdio: 'inherit' });
process.exit(result.status ?? 1);
