// Operations: liveness and readiness, structured JSON logs with a request id.
import http from 'node:http';
import net from 'node:net';
import pg from 'pg';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { jsonLogger, startServer } from '@council-plans/server';
import { ADMIN_DATABASE_URL, postgresAvailable } from './support/servers';

/** A TCP proxy in front of PostgreSQL that a test can cut and restore, as if the database stopped. */
class CuttableProxy {
  private server?: net.Server;
  private sockets = new Set<net.Socket>();
  constructor(private readonly target: { host: string; port: number }) {}
  port = 0;

  async open(): Promise<void> {
    this.server = net.createServer((client) => {
      const upstream = net.connect(this.target.port, this.target.host);
      for (const s of [client, upstream]) {
        this.sockets.add(s);
        s.on('close', () => this.sockets.delete(s));
        s.on('error', () => undefined);
      }
      client.pipe(upstream).pipe(client);
    });
    await new Promise<void>((resolve) => this.server!.listen(this.port, '127.0.0.1', resolve));
    this.port = (this.server.address() as net.AddressInfo).port;
  }

  async cut(): Promise<void> {
    for (const s of this.sockets) s.destroy();
    await new Promise<void>((resolve) => this.server!.close(() => resolve()));
  }
}

const pgUp = await postgresAvailable();

describe.runIf(pgUp)('readiness follows the database (PostgreSQL)', () => {
  const dbName = `council_plans_ready_${process.pid}_${Date.now()}`;
  let proxy: CuttableProxy;
  let server: Awaited<ReturnType<typeof startServer>>;
  let origin: string;

  beforeAll(async () => {
    const admin = new pg.Client({ connectionString: ADMIN_DATABASE_URL });
    await admin.connect();
    await admin.query(`CREATE DATABASE ${dbName}`);
    await admin.end();
    const target = new URL(ADMIN_DATABASE_URL);
    proxy = new CuttableProxy({ host: target.hostname, port: Number(target.port || 5432) });
    await proxy.open();
    const viaProxy = new URL(ADMIN_DATABASE_URL);
    viaProxy.port = String(proxy.port);
    viaProxy.pathname = `/${dbName}`;
    // reminders: false: a reminder sweep caught by the cut keeps the server's stop from finishing (a known bug, docs/decisions.md).
    server = await startServer({ port: 0, host: '127.0.0.1', plugins: 'all', seed: false, reminders: false, databaseUrl: viaProxy.toString() });
    origin = new URL(server.url).origin;
  });

  afterAll(async () => {
    await server?.stop();
    const admin = new pg.Client({ connectionString: ADMIN_DATABASE_URL });
    await admin.connect();
    await admin.query(`DROP DATABASE IF EXISTS ${dbName} WITH (FORCE)`);
    await admin.end();
  });

  const ready = async () => {
    const res = await fetch(`${origin}/ready`);
    return { status: res.status, body: (await res.json()) as { status: string; reason?: string } };
  };

  it('is ready, goes unready when the database stops, and ready again when it returns', async () => {
    expect(await ready()).toEqual({ status: 200, body: { status: 'ready' } });
    await proxy.cut();
    const down = await ready();
    expect(down.status).toBe(503);
    expect(down.body.status).toBe('unready');
    expect(down.body.reason).toMatch(/database unreachable/);
    // Liveness does not depend on the database.
    expect((await fetch(`${origin}/health`)).status).toBe(200);
    await proxy.open();
    let back = await ready();
    for (let i = 0; i < 20 && back.status !== 200; i++) {
      await new Promise((r) => setTimeout(r, 250));
      back = await ready();
    }
    expect(back).toEqual({ status: 200, body: { status: 'ready' } });
  });
});

describe('readiness and logs (PGlite)', () => {
  let server: Awaited<ReturnType<typeof startServer>>;
  let lines: string[];
  beforeAll(async () => {
    lines = [];
    const logger = jsonLogger((l) => lines.push(l), (l) => lines.push(l));
    server = await startServer({ port: 0, host: '127.0.0.1', plugins: 'all', seed: true }, logger);
  });
  afterAll(async () => {
    await server?.stop();
  });
  afterEach(() => {
    lines.length = 0;
  });

  it('is ready when the migrations are applied', async () => {
    const res = await fetch(`${new URL(server.url).origin}/ready`);
    expect(res.status).toBe(200);
  });

  it('reports pending migrations as unready', async () => {
    await server.db.sql.exec(`DELETE FROM council_plans_migrations`);
    const res = await fetch(`${new URL(server.url).origin}/ready`);
    expect(res.status).toBe(503);
    expect(((await res.json()) as any).reason).toMatch(/migrations not applied: .*0001_baseline/);
  });

  it('logs every request as one JSON line with its request id', async () => {
    const res = await fetch(server.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-request-id': 'req-from-gateway-1' },
      body: JSON.stringify({ query: 'query PlanTitles { plans { nodes { title } } }', operationName: 'PlanTitles' }),
    });
    expect(res.headers.get('x-request-id')).toBe('req-from-gateway-1');
    await new Promise((r) => setTimeout(r, 50));
    const entries = lines.map((l) => JSON.parse(l));
    const entry = entries.find((e) => e.msg === 'request' && e.requestId === 'req-from-gateway-1');
    expect(entry).toMatchObject({ level: 'info', method: 'POST', path: '/graphql', status: 200, operationName: 'PlanTitles' });
    expect(entry.sqlStatements).toBeGreaterThan(0);
    expect(typeof entry.durationMs).toBe('number');
    expect(Date.parse(entry.time)).not.toBeNaN();
  });

  it('gives a request without an id a new one', async () => {
    const res = await fetch(`${new URL(server.url).origin}/health`);
    const id = res.headers.get('x-request-id');
    expect(id).toMatch(/^[0-9a-f-]{36}$/);
    await new Promise((r) => setTimeout(r, 50));
    expect(lines.map((l) => JSON.parse(l)).some((e) => e.requestId === id && e.path === '/health')).toBe(true);
  });
});

describe('graceful shutdown', () => {
  it('finishes a request in flight when stopping, then refuses new connections', async () => {
    const server = await startServer({ port: 0, host: '127.0.0.1', plugins: 'all', seed: true });
    const url = new URL(server.url);
    const body = JSON.stringify({ query: '{ plans { totalCount } }' });
    // Send the headers and half the body, so the request is in flight when stop() begins.
    const answer = new Promise<{ status: number; text: string }>((resolve, reject) => {
      const req = http.request(
        { host: url.hostname, port: url.port, path: url.pathname, method: 'POST', headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) } },
        (res) => {
          let text = '';
          res.on('data', (c) => (text += c));
          res.on('end', () => resolve({ status: res.statusCode ?? 0, text }));
        },
      );
      req.on('error', reject);
      req.write(body.slice(0, 10));
      setTimeout(() => {
        stopping = server.stop();
        setTimeout(() => req.end(body.slice(10)), 200);
      }, 100);
    });
    let stopping: Promise<void> | undefined;
    const { status, text } = await answer;
    expect(status).toBe(200);
    expect(JSON.parse(text).data.plans.totalCount).toBeGreaterThan(0);
    await stopping;
    await expect(fetch(url)).rejects.toThrow();
  });
});
