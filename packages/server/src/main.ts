import 'reflect-metadata';
import { loadAuthConfig, loadConfig } from './config';
import { startServer } from './app';
import { jsonLogger } from './logger';

const logger = jsonLogger();

async function main(): Promise<void> {
  const { auth, notice } = loadAuthConfig();
  if (notice) logger.info(notice);
  const config = { ...loadConfig(), auth };
  const server = await startServer(config, logger);
  logger.info(`serving GraphQL at ${server.url}`, {
    url: server.url,
    subgraphUrl: server.subgraphUrl,
    database: server.db.kind,
    databaseLocation: server.db.location,
    plugins: server.plugins.map((p) => p.name),
    tokenKey: auth.source,
  });
  let stopping = false;
  const stop = (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info('stopping: finishing in-flight requests', { signal });
    server.stop().then(
      () => process.exit(0),
      (err: unknown) => {
        logger.error('stop failed', { error: (err as Error).stack ?? String(err) });
        process.exit(1);
      },
    );
  };
  process.on('SIGINT', () => stop('SIGINT'));
  process.on('SIGTERM', () => stop('SIGTERM'));
}

main().catch((err: unknown) => {
  logger.error(`failed to start: ${(err as Error).message}`, { error: (err as Error).stack ?? String(err) });
  process.exit(1);
});
