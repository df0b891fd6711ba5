// Bearer tokens: the CLI mints what the server accepts (HS256 with a shared secret, RS256
// with a key pair), the development secret that lets `npm start` work unconfigured, and
// the refusal to start in production without a key.
import { execFile } from 'node:child_process';
import { generateKeyPairSync } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ConfigError, loadAuthConfig, verifyToken } from '@council-plans/server';
import { startPgliteServer, type TestServer } from './support/servers';

const CLI = path.resolve(__dirname, '..', 'packages', 'server', 'dist', 'cli.js');
const run = promisify(execFile);

async function cli(args: string[], env: Record<string, string>): Promise<{ stdout: string; stderr: string; code: number }> {
  try {
    const { stdout, stderr } = await run(process.execPath, [CLI, ...args], { env: { PATH: process.env.PATH ?? '', ...env } });
    return { stdout: stdout.trim(), stderr, code: 0 };
  } catch (err) {
    const e = err as { stdout: string; stderr: string; code: number };
    return { stdout: e.stdout.trim(), stderr: e.stderr, code: e.code };
  }
}

describe('token configuration', () => {
  let dir: string;
  beforeAll(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'council-plans-tokens-'));
  });
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('creates a development secret on first use and keeps it, but refuses production without a key', () => {
    const file = path.join(dir, 'data', 'jwt-secret');
    const first = loadAuthConfig({ JWT_SECRET_FILE: file });
    expect(fs.existsSync(file)).toBe(true);
    expect(first.notice).toMatch(/created the development token secret/);
    const second = loadAuthConfig({ JWT_SECRET_FILE: file });
    expect(second.auth.secret).toBe(first.auth.secret);
    expect(second.notice).toMatch(/using the development token secret/);
    expect(() => loadAuthConfig({ NODE_ENV: 'production', JWT_SECRET_FILE: path.join(dir, 'other') })).toThrow(ConfigError);
    expect(fs.existsSync(path.join(dir, 'other'))).toBe(false);
    expect(() => loadAuthConfig({ JWT_SECRET: 'short' })).toThrow(/at least 32 characters/);
  });

  it('mints with the CLI what the server verifies: subject, name, councils, role, issuer and audience', async () => {
    const env = { JWT_SECRET: 'cli-test-secret-of-at-least-32-characters', JWT_ISSUER: 'plans-test', JWT_AUDIENCE: 'plans-api' };
    const minted = await cli(['token', '--council', 'kent', '--council', 'medway', '--role', 'viewer', '--subject', 'jo@kent.example', '--name', 'Jo Bloggs'], env);
    expect(minted.code).toBe(0);
    const { auth } = loadAuthConfig(env);
    expect(await verifyToken(auth, minted.stdout)).toEqual({ subject: 'jo@kent.example', name: 'Jo Bloggs', councils: ['kent', 'medway'], role: 'viewer' });
    // Another audience's server refuses it.
    await expect(verifyToken(loadAuthConfig({ ...env, JWT_AUDIENCE: 'elsewhere' }).auth, minted.stdout)).rejects.toThrow(/aud/);
    const usage = await cli(['token', '--role', 'editor'], env);
    expect(usage.code).toBe(2);
    expect(usage.stderr).toMatch(/--council/);
    const badRole = await cli(['token', '--council', 'kent', '--role', 'owner'], env);
    expect(badRole.code).toBe(2);
  });
});

describe('RS256 tokens over HTTP', () => {
  let server: TestServer;
  const { publicKey, privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const env = {
    JWT_PUBLIC_KEY: publicKey.export({ type: 'spki', format: 'pem' }).toString(),
    JWT_PRIVATE_KEY: privateKey.export({ type: 'pkcs8', format: 'pem' }).toString(),
  };
  beforeAll(async () => {
    server = await startPgliteServer({ auth: loadAuthConfig({ JWT_PUBLIC_KEY: env.JWT_PUBLIC_KEY }).auth });
  });
  afterAll(async () => {
    await server?.stop();
  });

  it('accepts a CLI-minted RS256 token for writes of its council and answers 401 to an HS256 one', async () => {
    const minted = await cli(['token', '--council', 'worcestershire', '--role', 'editor', '--subject', 'rs-editor'], env);
    expect(minted.code).toBe(0);
    const create = (bearer: string, slug: string) =>
      fetch(server.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${bearer}` },
        body: JSON.stringify({ query: `mutation($input: CreatePlanInput!) { createPlan(input: $input) { slug status } }`, variables: { input: { authorityCode: 'worcestershire', slug, title: 'RS256 plan' } } }),
      });
    const ok = await create(minted.stdout, 'worcestershire-rs256-plan');
    expect(ok.status).toBe(200);
    expect(await ok.json()).toEqual({ data: { createPlan: { slug: 'worcestershire-rs256-plan', status: 'DRAFT' } } });

    const hs = await cli(['token', '--council', 'worcestershire', '--role', 'editor'], { JWT_SECRET: 'cli-test-secret-of-at-least-32-characters' });
    const refused = await create(hs.stdout, 'worcestershire-hs256-plan');
    expect(refused.status).toBe(401);
    expect(((await refused.json()) as any).errors[0].extensions.code).toBe('UNAUTHENTICATED');
    const read = await server.gql(`{ plans(first: 500) { nodes { slug } } }`);
    expect(read.data.plans.nodes.map((p: any) => p.slug)).not.toContain('worcestershire-hs256-plan');
  });
});
