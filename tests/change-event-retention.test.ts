// Change events are pruned after CHANGE_EVENT_RETENTION_DAYS without losing one a reader
// still needs (issue 17's leftover): never an event a webhook has not been delivered, nor
// one an endpoint's fan-out has not passed; `changes(after:)` with a cursor from before the
// pruned range answers EXPIRED_CURSOR instead of skipping. Time is controlled by passing
// pruneChangeEvents a later `now` (a server without a worker, so nothing prunes behind the
// test's back), and for the worker by ageing the events' `at`, as the delivery pruning
// test ages deliveries. PGlite and PostgreSQL, GraphQL over HTTP.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_WEBHOOK_OPTIONS, changeEventHorizon, deliverRound, fanOut, pruneChangeEvents } from '@council-plans/core';
import { loadConfig } from '@council-plans/server';
import { databases, testToken, type TestServer } from './support/servers';
import { FAST_WEBHOOKS, Receiver, eventually } from './support/receiver';

const HOUR = 3_600_000;
const REGISTER = `mutation($i: RegisterWebhookEndpointInput!) { registerWebhookEndpoint(input: $i) { secret endpoint { id version } } }`;
const PAGE = `query($a: String, $n: Int!) { changes(after: $a, first: $n) { edges { cursor node { sequence entity kind } } pageInfo { endCursor hasNextPage } } }`;

type Act = { id: string; version: number; title: string };

describe('CHANGE_EVENT_RETENTION_DAYS', () => {
  it('defaults to 90 days, 0 keeps events for ever, anything else is refused', () => {
    expect(loadConfig({}).webhookOptions?.changeEventRetentionMs).toBe(90 * 86_400_000);
    expect(loadConfig({ CHANGE_EVENT_RETENTION_DAYS: '7' }).webhookOptions?.changeEventRetentionMs).toBe(7 * 86_400_000);
    expect(loadConfig({ CHANGE_EVENT_RETENTION_DAYS: '0' }).webhookOptions?.changeEventRetentionMs).toBe(0);
    for (const bad of ['-1', 'ninety', '1.5']) expect(() => loadConfig({ CHANGE_EVENT_RETENTION_DAYS: bad })).toThrow(/CHANGE_EVENT_RETENTION_DAYS/);
  });
});

describe.each(await databases())('change event retention on $name', (database) => {
  let server: TestServer;
  let admin: string;
  let editor: string;
  let actions: Act[];

  beforeAll(async () => {
    // No worker and no reminder sweep: the tests prune (and fan out, and deliver) themselves.
    server = await database.start({ webhooks: false, reminders: false });
    admin = await testToken(['peterborough'], 'admin');
    editor = await testToken(['peterborough'], 'editor');
    const res = await server.gql(`{ actions(filter: { authorityCode: "peterborough" }, first: 20) { nodes { id version title } } }`);
    actions = res.data.actions.nodes;
    expect(actions.length).toBeGreaterThanOrEqual(4);
  });

  afterAll(async () => {
    await server?.stop();
  });

  const later = () => new Date(Date.now() + 2 * HOUR);
  const prisma = () => server.db.prisma;

  async function writeTitles(n: number, tag: string): Promise<void> {
    for (let k = 0; k < n; k++) {
      const a = actions[k % 4]!;
      const res = await server.gqlAs(editor, `mutation($i: UpdateActionInput!) { updateAction(input: $i) { version } }`, { i: { id: a.id, expectedVersion: a.version, title: `${a.title} [${tag} ${k}]` } });
      expect(res.errors).toBeUndefined();
      a.version = res.data.updateAction.version;
    }
  }

  /** Follows the feed from `after` to its end: the events and the cursor to keep. */
  async function follow(after: string | null): Promise<{ events: any[]; cursor: string | null }> {
    const events: any[] = [];
    for (;;) {
      const res: any = await server.gqlAs(admin, PAGE, { a: after, n: 100 });
      expect(res.errors).toBeUndefined();
      events.push(...res.data.changes.edges.map((e: any) => ({ ...e.node, cursor: e.cursor })));
      after = res.data.changes.pageInfo.endCursor;
      if (!res.data.changes.pageInfo.hasNextPage) return { events, cursor: after };
    }
  }

  async function register(receiver: Receiver, input: Record<string, unknown> = {}): Promise<{ id: string; version: number }> {
    const res = await server.gqlAs(admin, REGISTER, { i: { url: receiver.url, entityTypes: ['Action'], ...input } });
    expect(res.errors).toBeUndefined();
    receiver.secret = res.data.registerWebhookEndpoint.secret;
    return res.data.registerWebhookEndpoint.endpoint;
  }

  async function endpointState(id: string): Promise<{ version: number; status: string; pendingDeliveries: number }> {
    const res = await server.gqlAs(admin, `{ webhookEndpoints { id version status pendingDeliveries } }`);
    return res.data.webhookEndpoints.find((e: any) => e.id === id);
  }

  it('prunes old events, refuses a cursor from before them with EXPIRED_CURSOR, and a reader following along loses nothing', async () => {
    const start = await follow(null);
    await writeTitles(6, 'old');
    const read = await follow(start.cursor);
    expect(read.events).toHaveLength(6);
    const midway = read.events[2].cursor;

    // Young events stay; retention 0 keeps everything for ever.
    expect(await pruneChangeEvents(prisma(), HOUR)).toBe(0);
    expect(await pruneChangeEvents(prisma(), 0, later())).toBe(0);
    expect(await changeEventHorizon(prisma())).toBe(0n);
    expect((await server.gqlAs(admin, PAGE, { a: midway, n: 10 })).data.changes.edges).toHaveLength(3);

    // Two hours later, with an hour's retention, they go, and the horizon is the last of them.
    expect(await pruneChangeEvents(prisma(), HOUR, later())).toBeGreaterThanOrEqual(6);
    const last = read.events[5].sequence;
    expect(await changeEventHorizon(prisma())).toBe(BigInt(last));
    expect(await prisma().changeEvent.count({ where: { seq: { lte: BigInt(last) } } })).toBe(0);

    // A cursor from before the horizon: a typed error saying where to start again, no data.
    const expired = await server.gqlAs(admin, PAGE, { a: midway, n: 10 });
    expect(expired.data?.changes ?? null).toBeNull();
    expect(expired.errors).toHaveLength(1);
    expect(expired.errors![0]!.message).toMatch(/re-read the current state/);
    expect(expired.errors![0]!.extensions).toMatchObject({ code: 'EXPIRED_CURSOR', field: 'after', horizon: read.cursor, latestCursor: read.cursor });
    // So is the cursor of the very first page (null when the feed was empty: it was from the start anyway).
    if (start.cursor) expect((await server.gqlAs(admin, PAGE, { a: start.cursor, n: 10 })).errors?.[0]?.extensions?.code).toBe('EXPIRED_CURSOR');

    // The reader who followed along holds the horizon's own cursor: it goes on with no gap.
    const nothingNew = await follow(read.cursor);
    expect(nothingNew.events).toEqual([]);
    expect(nothingNew.cursor).toBe(read.cursor);
    await writeTitles(2, 'new');
    const next = await follow(read.cursor);
    expect(next.events.map((e) => e.entity)).toEqual(['Action', 'Action']);
    expect(BigInt(next.events[0].sequence)).toBeGreaterThan(BigInt(last));
    // The recovery the error describes: from `latestCursor` on, nothing is refused.
    expect((await server.gqlAs(admin, PAGE, { a: expired.errors![0]!.extensions!.latestCursor, n: 10 })).data.changes.edges).toHaveLength(2);
    // Without a cursor the feed starts at the oldest event kept.
    expect((await follow(null)).events.map((e) => e.sequence)).toEqual(next.events.map((e) => e.sequence));
  });

  it("never prunes an event an endpoint's fan-out has not passed, nor one with a delivery not yet delivered (paused or not)", async () => {
    const receiver = new Receiver();
    await receiver.start();
    receiver.mode = 'fail';
    const endpoint = await register(receiver, { pauseAfterFailures: 1 });
    const from = (await follow(null)).cursor;
    await writeTitles(3, 'held');
    const held = (await follow(from)).events.map((e) => e.sequence);
    expect(held).toHaveLength(3);
    const still = async () => (await prisma().changeEvent.count({ where: { seq: { in: held.map(BigInt) } } })) as number;

    // Not fanned out yet (no worker): the endpoint's cursor is below them.
    await pruneChangeEvents(prisma(), HOUR, later());
    expect(await still()).toBe(3);
    // Fanned out: three PENDING deliveries hold them.
    expect(await fanOut(prisma())).toBe(3);
    await pruneChangeEvents(prisma(), HOUR, later());
    expect(await still()).toBe(3);
    // A failed delivery pauses the endpoint (pauseAfterFailures 1): still held.
    const options = { ...DEFAULT_WEBHOOK_OPTIONS, ...FAST_WEBHOOKS };
    expect((await deliverRound(prisma(), options)).failed).toBe(1);
    expect(await endpointState(endpoint.id)).toMatchObject({ status: 'PAUSED', pendingDeliveries: 3 });
    await pruneChangeEvents(prisma(), HOUR, later());
    expect(await still()).toBe(3);
    // The feed still lists them to a reader who was following.
    expect((await follow(from)).events.map((e) => e.sequence)).toEqual(held);

    // Resumed and answering: all three are delivered, and only then pruned.
    receiver.mode = 'ok';
    const state = await endpointState(endpoint.id);
    const resumed = await server.gqlAs(admin, `mutation($i: UpdateWebhookEndpointInput!) { updateWebhookEndpoint(input: $i) { endpoint { status } } }`, { i: { id: endpoint.id, expectedVersion: state.version, active: true } });
    expect(resumed.errors).toBeUndefined();
    await eventually('the held events delivered', async () => {
      await deliverRound(prisma(), options);
      return receiver.acknowledged().length === 3;
    });
    // Three different actions: deliveries keep order per entity only, so any arrival order.
    expect([...receiver.acknowledged()].sort((x, y) => Number(BigInt(x) - BigInt(y)))).toEqual(held);
    expect(receiver.received.every((r) => r.valid)).toBe(true);
    expect(await pruneChangeEvents(prisma(), HOUR, later())).toBeGreaterThanOrEqual(3);
    expect(await still()).toBe(0);
    expect(await changeEventHorizon(prisma())).toBeGreaterThanOrEqual(BigInt(held[2]!));
    // Their DELIVERED delivery rows went with them (foreign key cascade).
    expect((await endpointState(endpoint.id)).pendingDeliveries).toBe(0);
    expect(await prisma().webhookDelivery.count({ where: { eventSeq: { in: held.map(BigInt) } } })).toBe(0);

    const final = await endpointState(endpoint.id);
    const res = await server.gqlAs(admin, `mutation($i: DeleteWebhookEndpointInput!) { deleteWebhookEndpoint(input: $i) }`, { i: { id: endpoint.id, expectedVersion: final.version } });
    expect(res.errors).toBeUndefined();
    await receiver.stop();
  });

  it('two prunes at once (small batches) delete every old event once and agree on the horizon', async () => {
    await writeTitles(30, 'race');
    const before = (await follow(null)).events;
    expect(before.length).toBeGreaterThanOrEqual(30);
    const when = later();
    const [a, b] = await Promise.all([pruneChangeEvents(prisma(), HOUR, when, 4), pruneChangeEvents(prisma(), HOUR, when, 4)]);
    expect(a + b).toBe(before.length);
    expect((await follow(null)).events).toEqual([]);
    expect(await changeEventHorizon(prisma())).toBe(BigInt(before[before.length - 1].sequence));
    // Pruning again finds nothing and leaves the horizon where it is.
    expect(await pruneChangeEvents(prisma(), HOUR, when, 4)).toBe(0);
    expect(await changeEventHorizon(prisma())).toBe(BigInt(before[before.length - 1].sequence));
  });
});

describe.each(await databases())("the worker's hourly pruning on $name", (database) => {
  let server: TestServer;

  beforeAll(async () => {
    server = await database.start({ reminders: false, webhookOptions: { ...FAST_WEBHOOKS, changeEventRetentionMs: HOUR, pruneEveryMs: 100 } });
  });

  afterAll(async () => {
    await server?.stop();
  });

  it('prunes events older than CHANGE_EVENT_RETENTION_DAYS; the cursor before them becomes EXPIRED_CURSOR, the newest keeps working', async () => {
    const admin = await testToken(['peterborough'], 'admin');
    const editor = await testToken(['peterborough'], 'editor');
    const action = (await server.gql(`{ actions(filter: { authorityCode: "peterborough" }, first: 1) { nodes { id version title } } }`)).data.actions.nodes[0];
    let version = action.version;
    for (let k = 0; k < 3; k++) {
      const res = await server.gqlAs(editor, `mutation($i: UpdateActionInput!) { updateAction(input: $i) { version } }`, { i: { id: action.id, expectedVersion: version, title: `${action.title} [worker ${k}]` } });
      expect(res.errors).toBeUndefined();
      version = res.data.updateAction.version;
    }
    const page = (await server.gqlAs(admin, PAGE, { a: null, n: 100 })).data.changes;
    expect(page.edges.length).toBeGreaterThanOrEqual(3);
    const first = page.edges[0].cursor;
    const newest = page.pageInfo.endCursor;
    // Nothing is old yet: the worker prunes nothing.
    await new Promise((r) => setTimeout(r, 500));
    expect((await server.gqlAs(admin, PAGE, { a: first, n: 100 })).errors).toBeUndefined();
    // Two hours pass for these events.
    await server.db.prisma.$executeRawUnsafe(`UPDATE "ChangeEvent" SET "at" = "at" - interval '2 hours'`);
    await eventually('the old events pruned', async () => (await server.gqlAs(admin, PAGE, { a: first, n: 100 })).errors?.[0]?.extensions?.code === 'EXPIRED_CURSOR');
    const after = await server.gqlAs(admin, PAGE, { a: newest, n: 100 });
    expect(after.errors).toBeUndefined();
    expect(after.data.changes.edges).toEqual([]);
    expect(await server.db.prisma.changeEvent.count()).toBe(0);
  });
});
