// Sections follow the file: a renamed objective (matched by its code) takes the file's
// title, and a section the imports created that its rows moved out of goes away.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { KENT_HEADER, KENT_ROWS, PETERBOROUGH_HEADER, PETERBOROUGH_ROWS, csv, importFile, councilsViewer } from './support/import-files';
import { databases, type TestServer } from './support/servers';

const SECTIONS = /* GraphQL */ `
  query($slug: String!) { plan(slug: $slug) { sections { code title children { code title actions { code } } actions { title } } } }
`;

describe.each(await databases())('Import sections on $name', (database) => {
  let server: TestServer;
  beforeAll(async () => {
    server = await database.start({ plugins: ['peterborough', 'kent'], seed: false });
  });
  afterAll(async () => {
    await server?.stop();
  });

  it('a renamed objective keeps its section (matched by code) and takes the new title; a second import changes nothing', async () => {
    await importFile(server, { council: 'kent', planSlug: 'k', fileName: 'k.csv', content: csv([KENT_HEADER, ...KENT_ROWS]) });
    const renamed = KENT_ROWS.map((r) => (r[1]!.startsWith('2.1 ') ? r.map((v, j) => (j === 1 ? '2.1 Raise standards in every primary school (ECM 3)' : v)) : r));
    const report = await importFile(server, { council: 'kent', planSlug: 'k', fileName: 'k2.csv', content: csv([KENT_HEADER, ...renamed]) });
    expect(report).toMatchObject({ ok: true, created: 0, deleted: 0, updated: 2, unchanged: 1 });
    const plan = (await server.gqlAs(await councilsViewer(), SECTIONS, { slug: 'k' })).data.plan;
    expect(plan.sections[0].children).toEqual([{ code: '2.1', title: 'Raise standards in every primary school (ECM 3)', actions: [{ code: '2.1.1' }, { code: '2.1.2' }] }]);
    const again = await importFile(server, { council: 'kent', planSlug: 'k', fileName: 'k2.csv', content: csv([KENT_HEADER, ...renamed]) });
    expect(again).toMatchObject({ unchanged: 3, changeCount: 0 });
  });

  it('a row moved to another unit (same code) is updated, and the sections it left are removed', async () => {
    await importFile(server, { council: 'kent', planSlug: 'k3', fileName: 'k.csv', content: csv([KENT_HEADER, ...KENT_ROWS]) });
    const moved = KENT_ROWS.map((r) => (r[2] === '3.2.1' ? ['4 Special', ...r.slice(1)] : r));
    const report = await importFile(server, { council: 'kent', planSlug: 'k3', fileName: 'k.csv', content: csv([KENT_HEADER, ...moved]) });
    expect(report).toMatchObject({ created: 0, deleted: 0, updated: 1, unchanged: 2 });
    const plan = (await server.gqlAs(await councilsViewer(), SECTIONS, { slug: 'k3' })).data.plan;
    expect(plan.sections.map((s: any) => [s.code, s.title, s.children.map((o: any) => o.actions.map((a: any) => a.code))])).toEqual([
      ['2', 'Primary', [['2.1.1', '2.1.2']]],
      ['4', 'Special', [['3.2.1']]],
    ]);
  });

  it('a workstream emptied by moving its rows elsewhere is removed', async () => {
    await importFile(server, { council: 'peterborough', planSlug: 'p', fileName: 'p.csv', content: csv([PETERBOROUGH_HEADER, ...PETERBOROUGH_ROWS]) });
    // Both Leadership rows move to a new workstream (a new content key: created and deleted).
    const moved = PETERBOROUGH_ROWS.map((r) => (r[0] === 'Leadership' ? ['Governance', ...r.slice(1)] : r));
    const report = await importFile(server, { council: 'peterborough', planSlug: 'p', fileName: 'p.csv', content: csv([PETERBOROUGH_HEADER, ...moved]) });
    expect(report).toMatchObject({ created: 2, deleted: 2, unchanged: 2 });
    const plan = (await server.gqlAs(await councilsViewer(), SECTIONS, { slug: 'p' })).data.plan;
    expect(plan.sections.map((s: any) => s.title)).toEqual(['Phonics', 'Governance']);
  });
});
