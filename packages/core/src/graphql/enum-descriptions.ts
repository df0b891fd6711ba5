import fs from 'node:fs';
import path from 'node:path';
import { getMetadataStorage } from 'type-graphql';

/** Core's Prisma fragment, whose `///` comments are the API's documentation (plugins' fragments add theirs). */
const CORE_FRAGMENT = path.resolve(__dirname, '..', '..', 'prisma', 'core.prisma');

/** `///` descriptions of enum values in a Prisma schema, by enum and value. */
export function enumValueDocs(prismaSchema: string): Map<string, Record<string, string>> {
  const result = new Map<string, Record<string, string>>();
  for (const block of prismaSchema.matchAll(/^enum\s+(\w+)\s*\{([\s\S]*?)^\}/gm)) {
    const values: Record<string, string> = {};
    let doc: string[] = [];
    for (const raw of block[2].split('\n')) {
      const line = raw.trim();
      if (line.startsWith('///')) doc.push(line.slice(3).trim());
      else if (/^\w+$/.test(line)) {
        if (doc.length) values[line] = doc.join(' ');
        doc = [];
      } else if (line !== '' && !line.startsWith('//')) doc = [];
    }
    result.set(block[1], values);
  }
  return result;
}

/**
 * Gives the generated enums their values' descriptions. typegraphql-prisma carries a
 * Prisma enum's `///` comment to the GraphQL enum but not its values' comments; this
 * reads them from core's and the plugins' Prisma fragments so they are written once, next to the
 * values, for core and plugin enums alike.
 */
export function describeEnumValues(fragments: readonly string[] = []): void {
  const docs = enumValueDocs([CORE_FRAGMENT, ...fragments].map((f) => fs.readFileSync(f, 'utf8')).join('\n'));
  const storage = getMetadataStorage() as unknown as { enums: { name: string; valuesConfig?: Record<string, { description?: string }> }[] };
  for (const e of storage.enums) {
    const values = docs.get(e.name);
    if (!values) continue;
    e.valuesConfig = { ...Object.fromEntries(Object.entries(values).map(([k, description]) => [k, { description }])), ...e.valuesConfig };
  }
}
