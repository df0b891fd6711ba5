// GraphQL over HTTP: the graphql-http audit suite (MUST, SHOULD and MAY) against the
// live server, GET and POST, application/json and application/graphql-response+json.
import { createRequire } from 'node:module';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startPgliteServer, type TestServer } from './support/servers';

const require = createRequire(__filename);
const { serverAudits } = require('graphql-http') as typeof import('graphql-http');

describe('GraphQL over HTTP audits', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startPgliteServer();
  });
  afterAll(async () => {
    await server?.stop();
  });

  it('passes every audit of graphql-http', async () => {
    const audits = serverAudits({ url: () => server.url });
    expect(audits.length).toBeGreaterThan(50);
    const failed: string[] = [];
    for (const audit of audits) {
      const result = await audit.fn();
      if (result.status !== 'ok') failed.push(`${result.status}: ${audit.name}: ${result.reason}`);
    }
    expect(failed).toEqual([]);
  });

  it('answers a bad document with 400 to graphql-response+json clients and 200 to legacy json clients', async () => {
    const ask = (accept: string) =>
      fetch(server.url, { method: 'POST', headers: { 'content-type': 'application/json', accept }, body: JSON.stringify({ query: '{ plans { nope } }' }) });
    const modern = await ask('application/graphql-response+json');
    expect(modern.status).toBe(400);
    const legacy = await ask('application/json');
    expect(legacy.status).toBe(200);
    expect(((await legacy.json()) as any).errors[0].extensions.code).toBe('GRAPHQL_VALIDATION_FAILED');
  });

  it('refuses a mutation over GET', async () => {
    const res = await fetch(`${server.url}?query=${encodeURIComponent('mutation { __typename }')}`, { headers: { accept: 'application/graphql-response+json' } });
    expect(res.status).toBe(405);
  });
});
