import fs from 'node:fs';
import path from 'node:path';
import type { CouncilPlugin } from '@council-plans/core';
import { ConfigError } from './config';

/**
 * The bundled council plugins: every dependency of this package whose package.json
 * declares `councilPlugin`. Bundling a fifth council is adding its package as a
 * dependency; enabling it is configuration (PLUGINS), never code.
 */
export function bundledPlugins(): CouncilPlugin[] {
  const pkg = JSON.parse(fs.readFileSync(path.join(__dirname, '..', 'package.json'), 'utf8')) as { dependencies?: Record<string, string> };
  const found: CouncilPlugin[] = [];
  for (const dep of Object.keys(pkg.dependencies ?? {}).sort()) {
    // Read the manifest from node_modules directly: packages with an `exports` map
    // (most of them) refuse `require.resolve('<dep>/package.json')`.
    const depPkgFile = path.join(__dirname, '..', 'node_modules', dep, 'package.json');
    if (!fs.existsSync(depPkgFile)) continue;
    const depPkg = JSON.parse(fs.readFileSync(depPkgFile, 'utf8')) as { councilPlugin?: { name: string } };
    if (!depPkg.councilPlugin) continue;
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const mod = require(dep) as { plugin?: CouncilPlugin };
    if (!mod.plugin || mod.plugin.name !== depPkg.councilPlugin.name) {
      throw new ConfigError(`${dep} declares council plugin "${depPkg.councilPlugin.name}" but does not export it as \`plugin\``);
    }
    found.push(mod.plugin);
  }
  return found;
}

/** The plugins to enable, in the order configured; unknown names fail with the known ones listed. */
export function selectPlugins(bundled: CouncilPlugin[], wanted: string[] | 'all'): CouncilPlugin[] {
  if (wanted === 'all') return bundled;
  const byName = new Map(bundled.map((p) => [p.name, p]));
  const unknown = wanted.filter((n) => !byName.has(n));
  if (unknown.length) {
    throw new ConfigError(`PLUGINS names unknown plugin(s) ${unknown.join(', ')}; bundled plugins are: ${bundled.map((p) => p.name).join(', ')}`);
  }
  return [...new Set(wanted)].map((n) => byName.get(n)!);
}
