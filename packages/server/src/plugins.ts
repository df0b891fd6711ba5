import fs from 'node:fs';
import path from 'node:path';
import semver from 'semver';
import { CORE_VERSION, type CouncilPlugin } from '@council-plans/core';
import { ConfigError } from './config';

/**
 * Plugin discovery (issue 15). A council plugin is an installed package (or a folder)
 * whose main module exports `plugin` and whose package.json declares
 * `"councilPlugin": { "name": … }`. Which plugins a deployment enables is configuration:
 *
 *   PLUGINS=@council-plans/plugin-kent,@leeds/council-plans,./plugins/medway
 *
 * or, without PLUGINS (or with PLUGINS=all), the `plugins` list of the deployment's
 * `council-plans.config.json`. Package names are resolved from the deployment root's
 * installed packages (`require.resolve` from there), never from this repository's
 * folders; paths are relative to the deployment root. A short name ("kent") stands for
 * `@council-plans/plugin-<name>` or, first, a configured plugin of that name.
 */

/** Where the deployment lives: COUNCIL_PLANS_ROOT, else the nearest folder from cwd up with a council-plans.config.json, else the nearest with a package.json, else cwd. */
export function deploymentRoot(env: NodeJS.ProcessEnv = process.env, cwd = process.cwd()): string {
  if (env.COUNCIL_PLANS_ROOT) return path.resolve(cwd, env.COUNCIL_PLANS_ROOT);
  for (const marker of [CONFIG_FILE, 'package.json']) {
    for (let dir = path.resolve(cwd); ; dir = path.dirname(dir)) {
      if (fs.existsSync(path.join(dir, marker))) return dir;
      if (path.dirname(dir) === dir) break;
    }
  }
  return path.resolve(cwd);
}

export const CONFIG_FILE = 'council-plans.config.json';

/** The deployment's configuration file: `{ "plugins": ["<package or path>", …] }`. */
export interface DeploymentConfig {
  /** The plugins enabled when PLUGINS is unset or "all": package names or paths. */
  plugins: string[];
}

export function readDeploymentConfig(root: string): DeploymentConfig {
  const file = path.join(root, CONFIG_FILE);
  if (!fs.existsSync(file)) return { plugins: [] };
  let parsed: unknown;
  try {
    parsed = JSON.parse(fs.readFileSync(file, 'utf8'));
  } catch (err) {
    throw new ConfigError(`${file} is not valid JSON: ${(err as Error).message}`);
  }
  const plugins = (parsed as { plugins?: unknown }).plugins ?? [];
  if (!Array.isArray(plugins) || plugins.some((p) => typeof p !== 'string')) {
    throw new ConfigError(`${file}: "plugins" must be a list of package names or paths`);
  }
  return { plugins: plugins as string[] };
}

/** A plugin found on disk, with where it came from. */
export interface InstalledPlugin {
  plugin: CouncilPlugin;
  /** Its package name and version (package.json). */
  packageName: string;
  version: string;
  /** The package folder (holding package.json, prisma/, migrations). */
  dir: string;
}

function packageDirOf(file: string): string {
  for (let dir = path.dirname(file); ; dir = path.dirname(dir)) {
    if (fs.existsSync(path.join(dir, 'package.json'))) return dir;
    if (path.dirname(dir) === dir) throw new ConfigError(`no package.json above ${file}`);
  }
}

const isPath = (spec: string) => spec.startsWith('.') || path.isAbsolute(spec);

function resolveSpec(spec: string, root: string): string {
  const paths = [root];
  if (isPath(spec)) {
    try {
      return require.resolve(path.resolve(root, spec));
    } catch {
      throw new ConfigError(`plugin ${spec}: no package at ${path.resolve(root, spec)} (relative to the deployment root ${root})`);
    }
  }
  try {
    return require.resolve(spec, { paths });
  } catch (first) {
    if (/^[a-z][a-z0-9]*$/.test(spec)) {
      try {
        return require.resolve(`@council-plans/plugin-${spec}`, { paths });
      } catch {
        /* fall through to the first error */
      }
    }
    throw new ConfigError(
      `plugin ${spec} is not installed in the deployment at ${root} (${(first as Error).message.split('\n')[0]}); install it there (npm install ${spec}) or name its folder`,
    );
  }
}

/** Loads one plugin package by name or path, checks its manifest and its core range. */
export function loadPlugin(spec: string, root: string): InstalledPlugin {
  const main = resolveSpec(spec, root);
  const dir = packageDirOf(main);
  const pkg = JSON.parse(fs.readFileSync(path.join(dir, 'package.json'), 'utf8')) as { name?: string; version?: string; councilPlugin?: { name?: string } };
  const packageName = pkg.name ?? dir;
  if (!pkg.councilPlugin?.name) throw new ConfigError(`${packageName} (${spec}) is not a council plugin: its package.json has no "councilPlugin": { "name" }`);
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const mod = require(main) as { plugin?: CouncilPlugin };
  if (!mod.plugin || mod.plugin.name !== pkg.councilPlugin.name) {
    throw new ConfigError(`${packageName} declares council plugin "${pkg.councilPlugin.name}" but does not export it as \`plugin\``);
  }
  checkCoreVersion(mod.plugin, packageName, pkg.version ?? '0.0.0');
  return { plugin: mod.plugin, packageName, version: pkg.version ?? '0.0.0', dir };
}

/** Refuses a plugin written for another core: its `coreVersion` range must include this core's version. */
export function checkCoreVersion(plugin: CouncilPlugin, packageName: string, version: string, coreVersion = CORE_VERSION): void {
  const range = semver.validRange(plugin.coreVersion);
  if (!range) {
    throw new ConfigError(`plugin ${plugin.name} (${packageName} ${version}) declares coreVersion ${JSON.stringify(plugin.coreVersion)}, which is not a semver range`);
  }
  if (!semver.satisfies(coreVersion, range, { includePrerelease: true })) {
    throw new ConfigError(
      `plugin ${plugin.name} (${packageName} ${version}) needs @council-plans/core ${plugin.coreVersion}, but this deployment has @council-plans/core ${coreVersion}`,
    );
  }
}

/** The specs to enable: PLUGINS (names or paths, "all" = the config file's list, "none") or the config file's list. */
export function pluginSpecs(wanted: readonly (string | CouncilPlugin)[] | 'all', root: string): (string | CouncilPlugin)[] {
  if (wanted !== 'all') return [...wanted];
  return readDeploymentConfig(root).plugins;
}

const cache = new Map<string, InstalledPlugin>();

/**
 * The plugins to enable, in the order configured. Each is loaded from the deployment's
 * installed packages and its coreVersion checked; two plugins of one name are refused.
 * A CouncilPlugin object (tests, embedding) is taken as it is, after the same checks.
 */
export function resolvePlugins(wanted: readonly (string | CouncilPlugin)[] | 'all', root = deploymentRoot()): InstalledPlugin[] {
  const configured = readDeploymentConfig(root).plugins;
  const out: InstalledPlugin[] = [];
  for (const spec of pluginSpecs(wanted, root)) {
    let found: InstalledPlugin;
    if (typeof spec !== 'string') {
      checkCoreVersion(spec, spec.name, '(object)');
      found = { plugin: spec, packageName: spec.name, version: '(object)', dir: path.dirname(spec.prismaFragment) };
    } else {
      // A short name matching a configured plugin's name means that one.
      let target = spec;
      if (/^[a-z][a-z0-9]*$/.test(spec)) {
        const named = configured.map((c) => tryLoad(c, root)).find((p) => p?.plugin.name === spec);
        if (named) target = configuredSpecOf(named, configured, root) ?? spec;
      }
      const key = `${root}\0${target}`;
      found = cache.get(key) ?? loadPlugin(target, root);
      cache.set(key, found);
    }
    const clash = out.find((p) => p.plugin.name === found.plugin.name);
    if (clash) {
      if (clash.dir === found.dir) continue;
      throw new ConfigError(`two plugins are named "${found.plugin.name}": ${clash.packageName} (${clash.dir}) and ${found.packageName} (${found.dir})`);
    }
    out.push(found);
  }
  return out;
}

function tryLoad(spec: string, root: string): InstalledPlugin | undefined {
  const key = `${root}\0${spec}`;
  try {
    const found = cache.get(key) ?? loadPlugin(spec, root);
    cache.set(key, found);
    return found;
  } catch {
    return undefined;
  }
}

function configuredSpecOf(p: InstalledPlugin, configured: string[], root: string): string | undefined {
  return configured.find((c) => tryLoad(c, root) === p);
}

/** The plugin objects of the enabled plugins (see resolvePlugins). */
export function selectPlugins(wanted: readonly (string | CouncilPlugin)[] | 'all', root = deploymentRoot()): CouncilPlugin[] {
  return resolvePlugins(wanted, root).map((p) => p.plugin);
}

/** Every plugin the deployment's configuration names (its default set). */
export function configuredPlugins(root = deploymentRoot()): CouncilPlugin[] {
  return selectPlugins('all', root);
}

/** The deployment's default plugins (council-plans.config.json): this repository's four councils here. */
export function bundledPlugins(root = deploymentRoot()): CouncilPlugin[] {
  return configuredPlugins(root);
}
