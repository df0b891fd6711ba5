import fs from 'node:fs';
import path from 'node:path';
import { CORE_VERSION } from '@council-plans/core';

const TEMPLATE = path.resolve(__dirname, '..', 'plugin-template');
const SERVER_VERSION = (JSON.parse(fs.readFileSync(path.resolve(__dirname, '..', 'package.json'), 'utf8')) as { version: string }).version;

export interface NewPluginOptions {
  /** The plugin's name: a lower-case word, e.g. "leeds". */
  name: string;
  /** Where to write the package (must not exist or be empty). Default ./council-plans-plugin-<name>. */
  dir?: string;
  /** The dependency spec of @council-plans/core, e.g. "^0.1.0", "file:../council-plans/packages/core". */
  core?: string;
  /** The dependency spec of @council-plans/server (a devDependency, for the plugin's tests). */
  server?: string;
  /** Write the first migration (default true; takes a few seconds). */
  migration?: boolean;
}

/**
 * `council-plans new-plugin <name>`: writes a council plugin package (its own
 * package.json, Prisma fragment with a table and a field on Action, first migration, a
 * query with a filter, a seed document, an import layout, search text and its own tests
 * on core's harness) from plugin-template/. Returns the folder.
 */
export function newPlugin(options: NewPluginOptions): string {
  const { name } = options;
  if (!/^[a-z][a-z0-9]*$/.test(name)) throw new Error(`the plugin name must be a lower-case word (letters and digits), got ${JSON.stringify(name)}`);
  const dir = path.resolve(options.dir ?? `council-plans-plugin-${name}`);
  if (fs.existsSync(dir) && fs.readdirSync(dir).length) throw new Error(`${dir} exists and is not empty`);
  const pascal = name.charAt(0).toUpperCase() + name.slice(1);
  const [major, minor] = CORE_VERSION.split('.');
  const tokens: [RegExp, string][] = [
    [/__package__/g, `council-plans-plugin-${name}`],
    [/__coreRange__/g, major === '0' ? `^0.${minor}.0` : `^${major}.0.0`],
    [/__core__/g, options.core ?? `^${CORE_VERSION}`],
    [/__server__/g, options.server ?? `^${SERVER_VERSION}`],
    [/__name__/g, name],
    [/__Name__/g, pascal],
  ];
  const fill = (text: string) => tokens.reduce((t, [re, v]) => t.replace(re, v), text);
  const copy = (from: string, to: string) => {
    fs.mkdirSync(to, { recursive: true });
    for (const entry of fs.readdirSync(from, { withFileTypes: true })) {
      const target = path.join(to, fill(entry.name === 'gitignore' ? '.gitignore' : entry.name));
      if (entry.isDirectory()) copy(path.join(from, entry.name), target);
      else fs.writeFileSync(target, fill(fs.readFileSync(path.join(from, entry.name), 'utf8')));
    }
  };
  copy(TEMPLATE, dir);
  if (options.migration !== false) {
    // The first migration, against the core this command runs with.
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const tool = require(require.resolve('@council-plans/core/scripts/plugin.cjs')) as { migrationNew(dir: string, name: string): void };
    tool.migrationNew(dir, 'init');
  }
  return dir;
}
