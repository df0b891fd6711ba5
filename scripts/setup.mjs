#!/usr/bin/env node
// One-step set-up used by `npm start` and `npm test`: installs the workspace with
// pnpm (fetched through npx from the npm registry, so a machine needs only Node 20
// and npm), then builds every package (compose check, prisma generate, tsc).
// Nothing here downloads anything but npm packages.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import path from 'node:path';

const PNPM = 'pnpm@10.34.8';
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

function run(args, label) {
  const started = Date.now();
  process.stdout.write(`setup: ${label}...\n`);
  const r = spawnSync('npx', ['--yes', PNPM, ...args], { cwd: root, stdio: 'inherit', env: { ...process.env, npm_config_update_notifier: 'false' } });
  if (r.status !== 0) {
    console.error(`setup: ${label} failed (exit ${r.status ?? r.signal})`);
    process.exit(r.status ?? 1);
  }
  process.stdout.write(`setup: ${label} done in ${((Date.now() - started) / 1000).toFixed(1)} s\n`);
}

run(['install', '--frozen-lockfile', '--reporter=silent'], 'install dependencies');
run(['-r', '--reporter=silent', 'run', 'build'], 'build packages');
