import 'reflect-metadata';
import { loadConfig } from './config';
import { startServer } from './app';

const log = (line: string) => console.log(line);

async function main(): Promise<void> {
  const config = loadConfig();
  const server = await startServer(config, log);
  const where = server.db.kind === 'pglite' ? `embedded PGlite (${server.db.location})` : `PostgreSQL (${server.db.location})`;
  log(`council-plans: serving GraphQL at ${server.url}`);
  log(`council-plans: database ${where}; plugins enabled: ${server.plugins.map((p) => p.name).join(', ') || 'none'}`);
  let stopping = false;
  const stop = (signal: string) => {
    if (stopping) return;
    stopping = true;
    log(`council-plans: ${signal} received, finishing in-flight requests`);
    server.stop().then(
      () => process.exit(0),
      (err: unknown) => {
        console.error(err);
        process.exit(1);
      },
    );
  };
  process.on('SIGINT', () => stop('SIGINT'));
  process.on('SIGTERM', () => stop('SIGTERM'));
}

main().catch((err: unknown) => {
  console.error(`council-plans: failed to start: ${(err as Error).message}`);
  process.exit(1);
});
