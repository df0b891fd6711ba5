import {
  ensureDeploymentClient,
  isEmpty,
  loadSeeds,
  migrate,
  migrationSets,
  refreshStructuredValues,
  registerStructuredValuePlugins,
  usePrismaClientModule,
  type CouncilPlugin,
  type Database,
  type PrismaClientModule,
} from '@council-plans/core';
import { configuredPlugins, deploymentRoot, resolvePlugins } from './plugins';
import { silentLogger, type Logger } from './logger';

/** What a process of this deployment needs before it opens the database. */
export interface Deployment {
  /** The deployment root: where council-plans.config.json and the installed plugins are. */
  root: string;
  /** The enabled plugins, in the order configured. */
  plugins: CouncilPlugin[];
  /** The Prisma client composed for core + the deployment's plugins. */
  client: PrismaClientModule;
}

/**
 * Resolves the enabled plugins from the deployment's installed packages (checking each
 * one's coreVersion), and makes (or reuses) the deployment's Prisma client: core +
 * the configured plugins + the enabled ones, so that a subset enabled by PLUGINS reuses
 * the client the build made. The composition root owns the client, core receives it.
 */
export function prepareDeployment(config: { plugins: readonly (string | CouncilPlugin)[] | 'all'; root?: string }, logger: Logger = silentLogger): Deployment {
  const root = config.root ?? deploymentRoot();
  const plugins = resolvePlugins(config.plugins, root).map((p) => p.plugin);
  const composed = new Map<string, CouncilPlugin>();
  for (const p of [...safeConfigured(root), ...plugins]) composed.set(p.name, p);
  const client = ensureDeploymentClient(root, [...composed.values()], (line) => logger.info(line));
  usePrismaClientModule(client);
  // Writes and imports refresh the enabled plugins' parsed columns (a disabled plugin's
  // tables may not exist in this database).
  registerStructuredValuePlugins(plugins);
  return { root, plugins, client };
}

function safeConfigured(root: string): CouncilPlugin[] {
  try {
    return configuredPlugins(root);
  } catch {
    // A configured plugin that does not load only matters when it is enabled, which
    // resolvePlugins reports.
    return [];
  }
}

/**
 * Applies core's migrations and each enabled plugin's, then loads the enabled plugins'
 * seed documents the database does not have yet (into an existing database too; a
 * disabled plugin's never). Holds an advisory lock throughout (PostgreSQL), so
 * processes starting together on one database queue instead of racing.
 */
export async function startDatabase(db: Database, plugins: readonly CouncilPlugin[], options: { seed: boolean; logger?: Logger }): Promise<void> {
  const logger = options.logger ?? silentLogger;
  await db.sql.withLock('council-plans start', async () => {
    const applied = await migrate(db.sql, migrationSets(plugins));
    if (applied.length) logger.info('migrations applied', { migrations: applied });
    // A migration may add parsed columns: fill them for the rows already there, in one transaction.
    // (Not after an upgrade that only recorded the baselines the 0.1 history had built.)
    const ran = applied.filter((m) => !m.includes('(recorded'));
    if (ran.length && !(await isEmpty(db.prisma))) {
      await db.prisma.$transaction((tx) => refreshStructuredValues(tx, {}, plugins), { timeout: 300_000, maxWait: 60_000 });
      logger.info('structured values refreshed after migrations');
    }
    if (options.seed) await loadSeeds(db.prisma, plugins, (msg) => logger.info(msg));
  });
}
