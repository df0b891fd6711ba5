// No breaking API change goes unannounced: every breaking change between the last
// release's schema and schema.graphql must be named in CHANGELOG.md's Unreleased section.
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { graphqlModule } from './support/cjs';

const require = createRequire(__filename);
const { diff, CriticalityLevel } = require('@graphql-inspector/core') as typeof import('@graphql-inspector/core');
const root = path.resolve(__dirname, '..');

/** The Unreleased section of the changelog. */
function unreleased(changelog: string): string {
  const start = changelog.indexOf('## Unreleased');
  if (start < 0) throw new Error('CHANGELOG.md has no "## Unreleased" section');
  const next = changelog.indexOf('\n## ', start + 1);
  return changelog.slice(start, next < 0 ? undefined : next);
}

/** Breaking changes from `before` to `after` that the changelog section does not name. */
async function unrecordedBreakingChanges(before: string, after: string, section: string): Promise<string[]> {
  const changes = await diff(graphqlModule.buildSchema(before), graphqlModule.buildSchema(after));
  return changes
    .filter((c) => c.criticality.level === CriticalityLevel.Breaking)
    .filter((c) => !section.includes('`' + (c.path ?? '') + '`'))
    .map((c) => `${c.path}: ${c.message}`);
}

describe('schema changes', () => {
  const released = fs.readFileSync(path.join(root, 'schema.released.graphql'), 'utf8');
  const current = fs.readFileSync(path.join(root, 'schema.graphql'), 'utf8');
  const changelog = fs.readFileSync(path.join(root, 'CHANGELOG.md'), 'utf8');

  it('records every breaking change since the last release in CHANGELOG.md', async () => {
    expect(await unrecordedBreakingChanges(released, current, unreleased(changelog))).toEqual([]);
  });

  it('catches a removed field and a changed type, and accepts them once recorded', async () => {
    // The same schema with Plan.slug removed and ActionConnection.totalCount made a String.
    const { parse, print, visit, Kind } = graphqlModule;
    const broken = print(
      visit(parse(current), {
        ObjectTypeDefinition(node) {
          if (node.name.value === 'Plan') return { ...node, fields: node.fields?.filter((f) => f.name.value !== 'slug') };
          if (node.name.value === 'ActionConnection') {
            return {
              ...node,
              fields: node.fields?.map((f) =>
                f.name.value === 'totalCount' ? { ...f, type: { kind: Kind.NON_NULL_TYPE, type: { kind: Kind.NAMED_TYPE, name: { kind: Kind.NAME, value: 'String' } } } } : f,
              ),
            };
          }
          return undefined;
        },
      }),
    );
    const missing = await unrecordedBreakingChanges(current, broken, '## Unreleased\n');
    expect(missing.some((m) => m.startsWith('Plan.slug:'))).toBe(true);
    expect(missing.some((m) => m.startsWith('ActionConnection.totalCount:'))).toBe(true);
    expect(await unrecordedBreakingChanges(current, broken, '## Unreleased\n- removed `Plan.slug`, `ActionConnection.totalCount` is a String\n')).toEqual([]);
    // Adding a field is not breaking.
    const added = current.replace(/^type PageInfo \{$/m, 'type PageInfo {\n  pageCount: Int');
    expect(await unrecordedBreakingChanges(current, added, '## Unreleased\n')).toEqual([]);
  });
});
