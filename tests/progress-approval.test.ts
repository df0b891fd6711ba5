// Issue 18 part B: progress updates as an approved timeline, over HTTP on both databases,
// on the seeded Worcestershire plan (NI 94).
//
// The acceptance check: "an update submitted by an editor is invisible to the public
// until approved". Invisible is checked everywhere the public could see it: the action's
// timeline and RAG status, `node`, the series' values, the change feed, the JSON export.
//
// Figures computed by hand from the Worcestershire document (002_00f61bf9dd842e75.txt,
// "NI 94 … Baseline 72% (2008) · 2008/09 Target 84% · 2009/10 Target 84% · 2010/11 Target
// Not set"): the baseline is dated the last day of 2008 (2008-12-31), the targets the last
// day of their LAA financial years (2009-03-31, 2010-03-31; "Not set" is no goal).
// An actual of 76% measured on 2009-02-14 is 45 of the 90 days from the baseline to the
// first goal (31 days of January, 14 of February; January + February + March = 90), so the
// straight line expects 72 + 12 × 45/90 = 78: 76 is behind it (off track), and
// (76 − 72) / (84 − 72) = 4/12 = 33.33 % of the way.
import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { verifyToken } from '@council-plans/server';
import { databases, post, testToken, TEST_AUTH, type GqlResult, type TestServer } from './support/servers';

const codeOf = (r: GqlResult<unknown>) => r.errors?.[0]?.extensions?.code;
const fieldOf = (r: GqlResult<unknown>) => r.errors?.[0]?.extensions?.field;

const UPDATE_FIELDS = `id version title narrative status ragStatus recordedOn authorName decidedByName decidedAt returnComment
  attachments { url title position } indicatorValues { seriesId periodText valueText measuredOn }`;
const SUBMIT = `mutation($input: SubmitProgressUpdateInput!) { submitProgressUpdate(input: $input) { ${UPDATE_FIELDS} } }`;
const APPROVE = `mutation($input: ApproveProgressUpdateInput!) { approveProgressUpdate(input: $input) { ${UPDATE_FIELDS} } }`;
const RETURN = `mutation($input: ReturnProgressUpdateInput!) { returnProgressUpdate(input: $input) { ${UPDATE_FIELDS} } }`;
const RESUBMIT = `mutation($input: ResubmitProgressUpdateInput!) { resubmitProgressUpdate(input: $input) { ${UPDATE_FIELDS} } }`;
const SET_APPROVAL = `mutation($input: SetProgressApprovalInput!) { setProgressApproval(input: $input) { code version progressApprovalRequired } }`;
const ACTION = `query($id: ID!) { action(id: $id) { id version ragStatus progressUpdates { ${UPDATE_FIELDS} } } }`;
const IN_REVIEW = `query($id: ID!) { action(id: $id) { progressUpdatesInReview { ${UPDATE_FIELDS} } } }`;
const SERIES = `query($slug: String!) { plan(slug: $slug) { indicatorSeries { id version baselineDate
  indicator { code polarity }
  values { kind periodText valueText value measuredOn }
  goals { id version targetDate value valueText periodText targetValue { kind periodText valueText } }
  progress { baselineDate baseline { valueText } latestActual { valueText measuredOn } goal { targetDate valueText } percentOfTheWay expectedValue offTrack direction } } } }`;
const PUBLIC_CHANGES = `{ changes(first: 500, filter: { entityTypes: ["ProgressUpdate", "ProgressAttachment", "ProgressIndicatorValue", "IndicatorValue"] }) { nodes { entity entityId kind draft } } }`;

const SLUG = 'worcestershire-laa-delivery-plan-2008-11-ni-94';

describe.each(await databases())('approved progress timeline on $name', (database) => {
  let server: TestServer;
  let editor: string;
  let otherEditor: string;
  let viewer: string;
  let approver: string;
  let admin: string;
  let kentApprover: string;
  let actionId: string;
  let seriesId: string;

  const as = <T = any>(bearer: string | null, query: string, variables?: Record<string, unknown>) => post<T>(server.url, query, variables, bearer ?? undefined);
  const ok = async (bearer: string | null, query: string, variables?: Record<string, unknown>) => {
    const r = await as(bearer, query, variables);
    expect(r.errors, JSON.stringify(r.errors)).toBeUndefined();
    return r.data;
  };
  const action = async (bearer: string | null = null) => (await ok(bearer, ACTION, { id: actionId })).action;
  const series = async (bearer: string | null = null) => (await ok(bearer, SERIES, { slug: SLUG })).plan.indicatorSeries[0];
  const authorityVersion = async () => (await ok(null, `{ authority(code: "worcestershire") { version progressApprovalRequired } }`)).authority;

  beforeAll(async () => {
    server = await database.start();
    [editor, otherEditor, viewer, approver, admin, kentApprover] = await Promise.all([
      testToken(['worcestershire'], 'editor', 'wo-editor'),
      testToken(['worcestershire'], 'editor', 'wo-editor-2'),
      testToken(['worcestershire'], 'viewer'),
      testToken(['worcestershire'], 'approver', 'wo-approver'),
      testToken(['worcestershire'], 'admin', 'wo-admin'),
      testToken(['kent'], 'approver'),
    ]);
    const found = await ok(null, `{ actions(filter: { authorityCode: "worcestershire" }, first: 1) { nodes { id } } }`);
    actionId = found.actions.nodes[0].id;
    seriesId = (await series()).id;
  });
  afterAll(async () => {
    await server?.stop();
  });

  it('serves the yearly targets of the document as goals, keeping every printed value', async () => {
    const s = await series();
    expect(s.indicator).toEqual({ code: 'NI 94', polarity: 'NEUTRAL' });
    expect(s.baselineDate).toBe('2008-12-31');
    // The four printed cells, unchanged.
    expect(s.values.map((v: any) => [v.kind, v.periodText, v.valueText])).toEqual([
      ['BASELINE', '2008', '72% (2008)'],
      ['TARGET', '2008/09', '84%'],
      ['TARGET', '2009/10', '84%'],
      ['TARGET', '2010/11', 'Not set'],
    ]);
    expect(s.goals.map((g: any) => [g.targetDate, g.value, g.valueText, g.periodText, g.targetValue.valueText])).toEqual([
      ['2009-03-31', '84', '84%', '2008/09', '84%'],
      ['2010-03-31', '84', '84%', '2009/10', '84%'],
    ]);
    // No actual is printed: no progress is invented.
    expect(s.progress).toBeNull();
  });

  it('approves an update at once where the council does not require approval (recordProgress too)', async () => {
    expect((await authorityVersion()).progressApprovalRequired).toBe(false);
    const before = await action();
    const r = await ok(editor, SUBMIT, { input: { actionId, expectedVersion: before.version, title: 'Spring term', narrative: 'Consultants visited twelve schools.', ragStatus: 'GREEN', recordedOn: '2009-01-20' } });
    expect(r.submitProgressUpdate).toMatchObject({ status: 'APPROVED', authorName: 'Test wo-editor', title: 'Spring term', recordedOn: '2009-01-20', decidedByName: null });
    const after = await action();
    expect(after.version).toBe(before.version + 1);
    expect(after.ragStatus).toBe('GREEN');
    expect(after.progressUpdates.map((u: any) => u.narrative)).toContain('Consultants visited twelve schools.');
    const old = await ok(editor, `mutation($input: RecordProgressInput!) { recordProgress(input: $input) { version ragStatus progressUpdates { narrative status } } }`, {
      input: { actionId, expectedVersion: after.version, narrative: 'Recorded the old way.', ragStatus: 'AMBER' },
    });
    expect(old.recordProgress.ragStatus).toBe('AMBER');
    expect(old.recordProgress.progressUpdates.at(-1)).toEqual({ narrative: 'Recorded the old way.', status: 'APPROVED' });
  });

  it("lets only the council's admins turn the approval step on", async () => {
    const { version } = await authorityVersion();
    for (const bearer of [editor, approver]) {
      const refused = await as(bearer, SET_APPROVAL, { input: { authorityCode: 'worcestershire', expectedVersion: version, required: true } });
      expect(codeOf(refused)).toBe('FORBIDDEN');
    }
    const stale = await as(admin, SET_APPROVAL, { input: { authorityCode: 'worcestershire', expectedVersion: version + 5, required: true } });
    expect(codeOf(stale)).toBe('VERSION_CONFLICT');
    const set = await ok(admin, SET_APPROVAL, { input: { authorityCode: 'worcestershire', expectedVersion: version, required: true } });
    expect(set.setProgressApproval).toEqual({ code: 'worcestershire', version: version + 1, progressApprovalRequired: true });
  });

  it('refuses links that are not http or https, and too many, writing nothing', async () => {
    const { version } = await action();
    for (const url of ['javascript:alert(1)', 'ftp://example.org/report.pdf', 'data:text/html,<b>x</b>', 'not a url', 'https://', ' https://example.org/x', 'https://example.org/a b', 'https://user:secret@example.org/r.pdf']) {
      const r = await as(editor, SUBMIT, { input: { actionId, expectedVersion: version, narrative: 'x', attachments: [{ url: 'https://example.org/ok', title: 'ok' }, { url, title: 'bad' }] } });
      expect(codeOf(r), url).toBe('BAD_USER_INPUT');
      expect(fieldOf(r)).toBe('input.attachments.1.url');
    }
    const many = await as(editor, SUBMIT, { input: { actionId, expectedVersion: version, narrative: 'x', attachments: Array.from({ length: 21 }, (_, i) => ({ url: `https://example.org/${i}`, title: `${i}` })) } });
    expect(codeOf(many)).toBe('BAD_USER_INPUT');
    const blankTitle = await as(editor, SUBMIT, { input: { actionId, expectedVersion: version, narrative: 'x', attachments: [{ url: 'https://example.org/', title: '  ' }] } });
    expect(fieldOf(blankTitle)).toBe('input.attachments.0.title');
    expect((await ok(viewer, IN_REVIEW, { id: actionId })).action.progressUpdatesInReview).toEqual([]);
  });

  it('keeps an editor\'s update from the public until an approver approves it; returned updates go back to the editor', async () => {
    const before = await action();
    const changesBefore = (await ok(null, PUBLIC_CHANGES)).changes.nodes.length;
    const submitted = (
      await ok(editor, SUBMIT, {
        input: {
          actionId,
          expectedVersion: before.version,
          title: 'February review',
          narrative: 'Progress in mathematics is slower than planned.',
          ragStatus: 'RED',
          recordedOn: '2009-02-14',
          attachments: [{ url: 'https://www.worcestershire.gov.uk/reports/ni94-feb-2009.pdf', title: 'NI 94 February report' }],
          indicatorValues: [{ seriesId, periodText: '2008/09', valueText: '76%', measuredOn: '2009-02-14' }],
        },
      })
    ).submitProgressUpdate;
    expect(submitted).toMatchObject({ status: 'PENDING', authorName: 'Test wo-editor', ragStatus: 'RED', version: 1 });
    expect(submitted.attachments).toEqual([{ url: 'https://www.worcestershire.gov.uk/reports/ni94-feb-2009.pdf', title: 'NI 94 February report', position: 0 }]);
    expect(submitted.indicatorValues).toEqual([{ seriesId, periodText: '2008/09', valueText: '76%', measuredOn: '2009-02-14' }]);

    // The public sees nothing of it: the timeline, the RAG, the action's version, node, the series, the feed, the export.
    const publicly = await action();
    expect(publicly.ragStatus).toBe(before.ragStatus);
    expect(publicly.version).toBe(before.version);
    expect(publicly.progressUpdates.map((u: any) => u.id)).not.toContain(submitted.id);
    expect((await ok(null, `query($id: ID!) { node(id: $id) { id } }`, { id: submitted.id })).node).toBeNull();
    expect((await ok(kentApprover, `query($id: ID!) { node(id: $id) { id } }`, { id: submitted.id })).node).toBeNull();
    expect((await series()).values).toHaveLength(4);
    expect((await ok(null, PUBLIC_CHANGES)).changes.nodes.length).toBe(changesBefore);
    const exported = (await ok(null, `query($slug: String!) { plan(slug: $slug) { export(format: JSON) } }`, { slug: SLUG })).plan.export;
    expect(exported).not.toContain('slower than planned');
    const anonymousReview = await as(null, IN_REVIEW, { id: actionId });
    expect(codeOf(anonymousReview)).toBe('UNAUTHENTICATED');
    expect(codeOf(await as(kentApprover, IN_REVIEW, { id: actionId }))).toBe('FORBIDDEN');
    // The council (any role) sees it, and its own change events.
    expect((await ok(viewer, IN_REVIEW, { id: actionId })).action.progressUpdatesInReview.map((u: any) => u.id)).toEqual([submitted.id]);
    expect((await ok(viewer, `query($id: ID!) { node(id: $id) { id } }`, { id: submitted.id })).node).toEqual({ id: submitted.id });
    expect((await ok(viewer, PUBLIC_CHANGES)).changes.nodes.filter((e: any) => e.draft).length).toBeGreaterThanOrEqual(3);

    // The approvers' queue.
    const QUEUE = `{ progressUpdatesToReview(authorityCode: "worcestershire") { id status action { id } } }`;
    expect((await ok(approver, QUEUE)).progressUpdatesToReview).toEqual([{ id: submitted.id, status: 'PENDING', action: { id: actionId } }]);
    expect(codeOf(await as(null, QUEUE))).toBe('UNAUTHENTICATED');
    expect(codeOf(await as(kentApprover, QUEUE))).toBe('FORBIDDEN');

    // Who may take the step, and which steps are wrong.
    expect(codeOf(await as(editor, APPROVE, { input: { id: submitted.id, expectedVersion: 1 } }))).toBe('FORBIDDEN');
    expect(codeOf(await as(otherEditor, APPROVE, { input: { id: submitted.id, expectedVersion: 1 } }))).toBe('FORBIDDEN');
    expect(codeOf(await as(kentApprover, APPROVE, { input: { id: submitted.id, expectedVersion: 1 } }))).toBe('FORBIDDEN');
    const noComment = await as(approver, RETURN, { input: { id: submitted.id, expectedVersion: 1, comment: '   ' } });
    expect(codeOf(noComment)).toBe('BAD_USER_INPUT');
    expect(fieldOf(noComment)).toBe('input.comment');
    expect(codeOf(await as(approver, APPROVE, { input: { id: submitted.id, expectedVersion: 7 } }))).toBe('VERSION_CONFLICT');
    expect(codeOf(await as(editor, RESUBMIT, { input: { id: submitted.id, expectedVersion: 1, narrative: 'early' } }))).toBe('INVALID_TRANSITION');
    expect(codeOf(await as(approver, RETURN, { input: { id: submitted.id, expectedVersion: 2, comment: 'stale' } }))).toBe('VERSION_CONFLICT');

    // Returned with a comment: still hidden; approving it now is a wrong transition.
    const returned = (await ok(approver, RETURN, { input: { id: submitted.id, expectedVersion: 1, comment: 'Say which schools, please.' } })).returnProgressUpdate;
    expect(returned).toMatchObject({ status: 'RETURNED', returnComment: 'Say which schools, please.', decidedByName: 'Test wo-approver', version: 2 });
    const approveReturned = await as(approver, APPROVE, { input: { id: submitted.id, expectedVersion: 2 } });
    expect(codeOf(approveReturned)).toBe('INVALID_TRANSITION');
    expect(approveReturned.errors?.[0]?.extensions?.status).toBe('RETURNED');
    expect((await action()).progressUpdates.map((u: any) => u.id)).not.toContain(submitted.id);

    // The editor revises it: pending again.
    const resubmitted = (await ok(editor, RESUBMIT, { input: { id: submitted.id, expectedVersion: 2, narrative: 'Progress in mathematics is slower than planned in eight schools.' } })).resubmitProgressUpdate;
    expect(resubmitted).toMatchObject({ status: 'PENDING', version: 3, decidedByName: null, returnComment: 'Say which schools, please.' });
    expect((await action()).progressUpdates.map((u: any) => u.id)).not.toContain(submitted.id);

    // Two approvers at once: one approves, the other is told the update changed; the value is added once.
    const [a, b] = await Promise.all([as(approver, APPROVE, { input: { id: submitted.id, expectedVersion: 3 } }), as(admin, APPROVE, { input: { id: submitted.id, expectedVersion: 3 } })]);
    const codes = [a, b].map((r) => codeOf(r) ?? 'OK').sort();
    expect(codes).toEqual(['OK', 'VERSION_CONFLICT']);
    const approved = (a.data?.approveProgressUpdate ?? b.data?.approveProgressUpdate) as any;
    expect(approved).toMatchObject({ status: 'APPROVED', version: 4 });
    expect(approved.decidedAt).toEqual(expect.any(String));

    // Public now: the timeline, the RAG, the value in its series, the feed.
    const now = await action();
    expect(now.ragStatus).toBe('RED');
    expect(now.version).toBe(before.version + 1);
    const entry = now.progressUpdates.find((u: any) => u.id === submitted.id);
    expect(entry).toMatchObject({ title: 'February review', narrative: 'Progress in mathematics is slower than planned in eight schools.', authorName: 'Test wo-editor', status: 'APPROVED' });
    expect(entry.attachments).toHaveLength(1);
    // The export carries it now, with its link, but not the officers' token subjects.
    const exportedNow = JSON.parse((await ok(null, `query($slug: String!) { plan(slug: $slug) { export(format: JSON) } }`, { slug: SLUG })).plan.export);
    const exportedUpdate = JSON.stringify(exportedNow).includes('in eight schools');
    expect(exportedUpdate).toBe(true);
    expect(JSON.stringify(exportedNow)).toContain('https://www.worcestershire.gov.uk/reports/ni94-feb-2009.pdf');
    expect(JSON.stringify(exportedNow)).not.toMatch(/"wo-editor"|"wo-approver"|authorSubject|decidedBySubject/);
    expect((await ok(null, `query($id: ID!) { node(id: $id) { id } }`, { id: submitted.id })).node).toEqual({ id: submitted.id });
    const s = await series();
    expect(s.values).toHaveLength(5);
    expect(s.values[4]).toEqual({ kind: 'ACTUAL', periodText: '2008/09', valueText: '76%', value: '76', measuredOn: '2009-02-14' });
    const feed = (await ok(null, PUBLIC_CHANGES)).changes.nodes;
    expect(feed.some((e: any) => e.entity === 'ProgressUpdate' && e.kind === 'UPDATE' && !e.draft)).toBe(true);
    expect(feed.some((e: any) => e.entity === 'IndicatorValue' && e.kind === 'CREATE')).toBe(true);
    expect((await ok(viewer, IN_REVIEW, { id: actionId })).action.progressUpdatesInReview).toEqual([]);

    // Every step is in the audit trail, in order.
    const history = await ok(viewer, `query($id: ID!) { action(id: $id) { history(first: 100) { nodes { entity operation after } } } }`, { id: actionId });
    const steps = history.action.history.nodes.filter((e: any) => e.entity === 'ProgressUpdate' && e.after?.title === 'February review').map((e: any) => e.after.status);
    expect(steps.reverse()).toEqual(['PENDING', 'RETURNED', 'PENDING', 'APPROVED']);

    // Approving an approved update is a wrong transition.
    expect(codeOf(await as(approver, APPROVE, { input: { id: submitted.id, expectedVersion: 4 } }))).toBe('INVALID_TRANSITION');
  });

  it('keeps recordProgress working under the approval step: the report waits, the action is returned unchanged', async () => {
    const before = await action();
    const r = await ok(editor, `mutation($input: RecordProgressInput!) { recordProgress(input: $input) { version ragStatus } }`, {
      input: { actionId, expectedVersion: before.version, narrative: 'Recorded the old way, under approval.', ragStatus: 'BLUE' },
    });
    expect(r.recordProgress).toEqual({ version: before.version, ragStatus: before.ragStatus });
    const waiting = (await ok(viewer, IN_REVIEW, { id: actionId })).action.progressUpdatesInReview;
    expect(waiting.map((u: any) => [u.narrative, u.status])).toEqual([['Recorded the old way, under approval.', 'PENDING']]);
    const returned = await ok(approver, RETURN, { input: { id: waiting[0].id, expectedVersion: 1, comment: 'Not completed yet.' } });
    expect(returned.returnProgressUpdate.status).toBe('RETURNED');
    expect((await action()).ragStatus).toBe(before.ragStatus);
  });

  it("forbids approving one's own update, even to an admin", async () => {
    const { version } = await action();
    const own = (await ok(admin, SUBMIT, { input: { actionId, expectedVersion: version, narrative: 'Written by the admin.' } })).submitProgressUpdate;
    expect(own.status).toBe('PENDING');
    const self = await as(admin, APPROVE, { input: { id: own.id, expectedVersion: 1 } });
    expect(codeOf(self)).toBe('FORBIDDEN');
    expect((await ok(approver, APPROVE, { input: { id: own.id, expectedVersion: 1 } })).approveProgressUpdate.status).toBe('APPROVED');
  });

  it('measures the approved actual against the baseline and the goals (hand-computed figures)', async () => {
    // 76% on 2009-02-14: the line expects 78 (see the top of the file): off track, 33.33 % of the way.
    let p = (await series()).progress;
    expect(p.baselineDate).toBe('2008-12-31');
    expect(p.baseline.valueText).toBe('72% (2008)');
    expect(p.latestActual).toEqual({ valueText: '76%', measuredOn: '2009-02-14' });
    expect(p.goal).toEqual({ targetDate: '2009-03-31', valueText: '84%' });
    expect(p.expectedValue).toBeCloseTo(78, 10);
    expect(p.percentOfTheWay).toBeCloseTo(100 / 3, 10);
    expect(p.offTrack).toBe(true);
    // NEUTRAL polarity: the goal (84) lies above the baseline (72), so higher is better.
    expect(p.direction).toBe('HIGHER_IS_BETTER');

    // 80% on 2009-09-30: after the first goal, the line holds at 84 to the second (2010-03-31):
    // (80 − 72) / (84 − 72) = 66.67 % of the way, behind 84: off track.
    const record = `mutation($input: RecordIndicatorValueInput!) { recordIndicatorValue(input: $input) { valueText measuredOn } }`;
    await ok(editor, record, { input: { seriesId, kind: 'ACTUAL', periodText: '2009/10', valueText: '80%', measuredOn: '2009-09-30' } });
    p = (await series()).progress;
    expect(p.goal).toEqual({ targetDate: '2010-03-31', valueText: '84%' });
    expect(p.expectedValue).toBeCloseTo(84, 10);
    expect(p.percentOfTheWay).toBeCloseTo(200 / 3, 10);
    expect(p.offTrack).toBe(true);

    // 85% on 2009-10-31: past the goal: (85 − 72) / 12 = 108.33 %, not off track.
    await ok(editor, record, { input: { seriesId, kind: 'ACTUAL', periodText: '2009/10', valueText: '85%', measuredOn: '2009-10-31' } });
    p = (await series()).progress;
    expect(p.percentOfTheWay).toBeCloseTo(1300 / 12, 10);
    expect(p.offTrack).toBe(false);
  });

  it('keeps goals numeric, per council, versioned and audited', async () => {
    const create = `mutation($input: CreateIndicatorGoalInput!) { createIndicatorGoal(input: $input) { id version targetDate value valueText } }`;
    const notSet = await as(editor, create, { input: { seriesId, targetDate: '2011-03-31', valueText: 'Not set', periodText: '2010/11' } });
    expect(codeOf(notSet)).toBe('BAD_USER_INPUT');
    expect(fieldOf(notSet)).toBe('input.valueText');
    expect(codeOf(await as(kentApprover, create, { input: { seriesId, targetDate: '2011-03-31', valueText: '86%' } }))).toBe('FORBIDDEN');
    const goal = (await ok(editor, create, { input: { seriesId, targetDate: '2011-03-31', valueText: '86%', periodText: '2010/11' } })).createIndicatorGoal;
    expect(goal).toMatchObject({ version: 1, targetDate: '2011-03-31', value: '86', valueText: '86%' });
    const update = `mutation($input: UpdateIndicatorGoalInput!) { updateIndicatorGoal(input: $input) { version valueText value } }`;
    expect((await ok(editor, update, { input: { id: goal.id, expectedVersion: 1, valueText: '87%' } })).updateIndicatorGoal).toEqual({ version: 2, valueText: '87%', value: '87' });
    expect(codeOf(await as(editor, update, { input: { id: goal.id, expectedVersion: 1, valueText: '88%' } }))).toBe('VERSION_CONFLICT');
    expect((await series()).goals.map((g: any) => g.targetDate)).toEqual(['2009-03-31', '2010-03-31', '2011-03-31']);
    await ok(editor, `mutation($input: DeleteIndicatorGoalInput!) { deleteIndicatorGoal(input: $input) { id } }`, { input: { id: goal.id, expectedVersion: 2 } });
    expect((await series()).goals).toHaveLength(2);
  });
});

describe('the approver role', () => {
  it('is minted by the token CLI and verified by the server', async () => {
    const cli = path.resolve(__dirname, '..', 'packages', 'server', 'dist', 'cli.js');
    const { stdout } = await promisify(execFile)(process.execPath, [cli, 'token', '--council', 'worcestershire', '--role', 'approver', '--subject', 'ap@worcs.example'], {
      env: { PATH: process.env.PATH ?? '', JWT_SECRET: TEST_AUTH.secret },
    });
    const { loadAuthConfig } = await import('@council-plans/server');
    const viewer = await verifyToken(loadAuthConfig({ JWT_SECRET: TEST_AUTH.secret }).auth, stdout.trim());
    expect(viewer).toMatchObject({ subject: 'ap@worcs.example', councils: ['worcestershire'], role: 'approver' });
  });
});
