import fs from 'node:fs';
import path from 'node:path';
import { createHash } from 'node:crypto';
import { spawnSync } from 'node:child_process';
import { registerSchemaFile, type PrismaClientModule } from './prisma';

const CORE_DIR = path.resolve(__dirname, '..', '..');
// eslint-disable-next-line @typescript-eslint/no-require-imports
const compose = require(path.join(CORE_DIR, 'scripts', 'compose.cjs')) as {
  composeSources(coreFile: string, coreSource: string, plugins: { name: string; fragmentFile: string; source: string }[], head: string): string;
  header(o: { title: string; client: string }): string;
  coreFile: string;
};

/** What the composition root composes: each plugin's name and Prisma fragment. */
export interface ComposedPlugin {
  name: string;
  prismaFragment: string;
}

/** Where a deployment keeps its generated client: <root>/.council-plans/client-<fingerprint>. */
export const DEPLOYMENT_CLIENT_DIR = '.council-plans';

/**
 * The deployment's Prisma client: core's schema composed with the given plugins'
 * fragments (the composition root owns it, as Keystone's application does), generated
 * under `<root>/.council-plans/client-<fingerprint>` when missing and loaded. The
 * fingerprint covers core's fragment and every plugin's, so a changed fragment or
 * another plugin set gets its own client; two processes generating at once each write
 * a folder of their own and rename it into place. Takes a few seconds when it
 * generates, nothing otherwise.
 */
export function ensureDeploymentClient(root: string, plugins: readonly ComposedPlugin[], log: (line: string) => void = () => undefined): PrismaClientModule {
  const sorted = [...plugins].sort((a, b) => a.name.localeCompare(b.name));
  const sources = sorted.map((p) => {
    if (!fs.existsSync(p.prismaFragment)) throw new Error(`plugin ${p.name}: its Prisma fragment ${p.prismaFragment} does not exist`);
    return { name: p.name, fragmentFile: p.prismaFragment, source: fs.readFileSync(p.prismaFragment, 'utf8') };
  });
  const coreSource = fs.readFileSync(compose.coreFile, 'utf8');
  const hash = createHash('sha256');
  hash.update(coreSource);
  for (const s of sources) hash.update(`\0${s.name}\0${s.source}`);
  const fingerprint = hash.digest('hex').slice(0, 16);
  const base = path.join(root, DEPLOYMENT_CLIENT_DIR);
  const dir = path.join(base, `client-${fingerprint}`);
  if (!fs.existsSync(path.join(dir, 'client', 'index.js'))) {
    const started = Date.now();
    fs.mkdirSync(base, { recursive: true });
    const tmp = `${dir}.tmp-${process.pid}`;
    fs.rmSync(tmp, { recursive: true, force: true });
    fs.mkdirSync(tmp, { recursive: true });
    const head = compose.header({ title: `The deployment's schema: core + ${sorted.map((p) => p.name).join(', ') || 'no plugins'}.`, client: './client' });
    const schemaFile = path.join(tmp, 'schema.prisma');
    fs.writeFileSync(schemaFile, compose.composeSources(compose.coreFile, coreSource, sources, head));
    const r = spawnSync(process.execPath, [path.join(CORE_DIR, 'scripts', 'prisma.cjs'), 'generate', '--generator', 'client', '--schema', schemaFile], { encoding: 'utf8' });
    if (r.status !== 0) {
      fs.rmSync(tmp, { recursive: true, force: true });
      throw new Error(`generating the deployment's Prisma client failed:\n${r.stdout}${r.stderr}`);
    }
    try {
      fs.renameSync(tmp, dir);
    } catch {
      // Another process put the same client in place first: use that one.
      fs.rmSync(tmp, { recursive: true, force: true });
    }
    log(`prisma client generated for core + ${sorted.map((p) => p.name).join(', ') || 'no plugins'} in ${Date.now() - started} ms (${path.relative(root, dir)})`);
  }
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const mod = require(path.join(dir, 'client')) as PrismaClientModule;
  registerSchemaFile(mod, path.join(dir, 'schema.prisma'));
  return mod;
}
