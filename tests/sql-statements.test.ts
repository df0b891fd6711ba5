// No round trip per row: the number of SQL statements a nested query issues depends on
// the shape of the query, not on how many rows it returns. Measured over real HTTP by
// the statement-counting driver adapter (X-SQL-Statements header).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { databases, type TestServer } from './support/servers';

const ALL_PLANS = /* GraphQL */ `
  {
    plans(first: 500) {
      nodes {
        title
        authority { name }
        actions {
          title
          parties { role party { name kind } }
          milestones { text }
          successCriteria { text }
          funding { text }
          peterborough { intent steps { text timescaleText } }
        }
      }
    }
  }
`;

describe.each(await databases())('SQL statements per request on $name', (database) => {
  let server: TestServer;
  beforeAll(async () => {
    server = await database.start();
  });
  afterAll(async () => {
    await server?.stop();
  });

  async function addActions(count: number): Promise<void> {
    const prisma = server.db.prisma;
    const plan = await prisma.plan.findFirstOrThrow({ where: { slug: 'peterborough-education-action-plan-2019-20' } });
    const parties = await Promise.all(
      ['Head of School Improvement', 'Governance Lead'].map((name, i) =>
        prisma.responsibleParty.upsert({
          where: { authorityId_kind_name: { authorityId: plan.authorityId, kind: 'ROLE', name } },
          update: {},
          create: { authorityId: plan.authorityId, kind: 'ROLE', name, title: `role ${i}` },
        }),
      ),
    );
    const start = await prisma.action.count({ where: { planId: plan.id } });
    for (let i = 0; i < count; i++) {
      const action = await prisma.action.create({ data: { planId: plan.id, title: `Synthetic action ${start + i}`, position: start + i } });
      await prisma.actionParty.createMany({ data: parties.map((p, j) => ({ actionId: action.id, partyId: p.id, role: j ? 'SUPPORT' : 'LEAD', position: j })) });
      await prisma.milestone.create({ data: { actionId: action.id, text: 'milestone', position: 0 } });
    }
  }

  it('does not grow with the number of actions and parties', async () => {
    // A few actions with parties and milestones first, so every level of the query has rows.
    await addActions(2);
    const before = await server.gql(ALL_PLANS);
    expect(before.errors).toBeUndefined();
    const actionsBefore = before.data.plans.nodes.flatMap((p: any) => p.actions).length;

    await addActions(60);
    const after = await server.gql(ALL_PLANS);
    expect(after.errors).toBeUndefined();
    const actionsAfter = after.data.plans.nodes.flatMap((p: any) => p.actions);
    expect(actionsAfter.length).toBe(actionsBefore + 60);
    // The synthetic actions (other councils' seeded actions may have two parties too).
    expect(actionsAfter.filter((a: any) => a.title.startsWith('Synthetic action') && a.parties.length === 2)).toHaveLength(62);

    expect(Number.isInteger(before.statements)).toBe(true);
    expect(after.statements).toBe(before.statements);
    // One statement per list level of the query: plans, authority, actions, parties,
    // party, milestones, success criteria, funding, Peterborough rows, their steps; and one
    // per request for the drafts the caller may not see (docs/decisions.md).
    expect(after.statements).toBeLessThanOrEqual(11);
  });
});
