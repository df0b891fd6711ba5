#!/usr/bin/env node
// One-step set-up used by `npm start` and `npm test`: installs the workspace with
// pnpm (fetched through npx from the npm registry, so a machine needs only Node 20
// and npm), then builds every package (compose check, prisma generate, tsc; each plugin
// against core + itself) and generates the deployment's client (core + its plugins).
// Nothing here downloads anything but npm packages.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import path from 'node:path';

const PNPM = 'pnpm@10.34.8';
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

function run(args, label) {
  const started = Date.now();
  process.stdout.write(`setup: ${label}...\n`);
  // Output is kept and shown only on failure, with the real cause first (e.g.
  // ERR_PNPM_OUTDATED_LOCKFILE and pnpm's own explanation), not just "failed".
  const r = spawnSync('npx', ['--yes', PNPM, ...args], {
    cwd: root,
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
    stdio: ['inherit', 'pipe', 'pipe'],
    env: { ...process.env, npm_config_update_notifier: 'false' },
  });
  if (r.status !== 0) {
    const output = `${r.stdout ?? ''}\n${r.stderr ?? ''}`.split('\n').filter((l) => l.trim() !== '');
    const causes = output.filter((l) => /ERR_PNPM_|ERR!|error TS\d+|\berror\b|Error:/i.test(l));
    console.error(`setup: ${label} failed (exit ${r.status ?? r.signal ?? r.error?.message})`);
    if (r.error) console.error(`setup: cause: ${r.error.message}`);
    for (const line of causes.slice(0, 20)) console.error(`setup: cause: ${line.trim()}`);
    console.error('setup: the last lines of its output:');
    for (const line of output.slice(-30)) console.error(`  ${line}`);
    process.exit(r.status ?? 1);
  }
  process.stdout.write(`setup: ${label} done in ${((Date.now() - started) / 1000).toFixed(1)} s\n`);
}

run(['install', '--frozen-lockfile'], 'install dependencies');
run(['-r', 'run', 'build'], 'build packages');
// The deployment's Prisma client (core + the plugins of council-plans.config.json), which
// the server would otherwise generate at its first start.
run(['exec', 'node', 'packages/server/dist/cli.js', 'generate'], 'generate the deployment client');
