// The HTTP surface: GraphQL at /graphql, a liveness check, clear errors for bad requests.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_MAX_IMPORT_BYTES } from '@council-plans/core';
import { maxBodyBytes } from '@council-plans/server';
import { startPgliteServer, type TestServer } from './support/servers';

describe('HTTP server', () => {
  let server: TestServer;
  let origin: string;
  beforeAll(async () => {
    server = await startPgliteServer();
    origin = new URL(server.url).origin;
  });
  afterAll(async () => {
    await server?.stop();
  });

  it('answers /health', async () => {
    const res = await fetch(`${origin}/health`);
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ status: 'ok' });
  });

  it('answers an unknown path with 404 and says where GraphQL is', async () => {
    const res = await fetch(`${origin}/nope`);
    expect(res.status).toBe(404);
    expect(JSON.stringify(await res.json())).toContain('/graphql');
  });

  it('refuses a body that is not JSON', async () => {
    const res = await fetch(server.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"query": ' });
    expect(res.status).toBe(400);
  });

  it('refuses a body over the limit (room for the largest import file, base64-encoded, plus 1 MiB)', async () => {
    const limit = maxBodyBytes(DEFAULT_MAX_IMPORT_BYTES);
    expect(limit).toBe(Math.ceil((10 * 1024 * 1024 * 4) / 3) + 1024 * 1024);
    const res = await fetch(server.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: `{ plans { nodes { title } } }`, pad: 'x'.repeat(limit) }) });
    expect(res.status).toBe(413);
  });

  it('serves GET queries', async () => {
    const res = await fetch(`${server.url}?query=${encodeURIComponent('{ authorities { code } }')}`);
    expect(res.status).toBe(200);
    expect(((await res.json()) as any).data.authorities.map((a: any) => a.code)).toContain('peterborough');
  });

  it('reports a GraphQL syntax error with a message and its code', async () => {
    const res = await server.gql('{ plans { ');
    expect(res.errors?.[0].message).toMatch(/Syntax Error/);
    expect(res.errors?.[0].extensions?.code).toBe('GRAPHQL_PARSE_FAILED');
  });
});
