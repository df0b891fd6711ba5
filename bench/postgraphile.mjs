// PostGraphile 5 (the peer) over the same database, as its documentation sets it up
// for production: the Amber preset, the pg adaptor, grafserv on node:http, no GraphiQL,
// no explain. Run by bench/run.mjs with Node 22 (PostGraphile 5 needs it):
//   node postgraphile.mjs <connectionString> <port>
import { createServer } from 'node:http';
import { postgraphile } from 'postgraphile';
import { PostGraphileAmberPreset } from 'postgraphile/presets/amber';
import { makePgService } from 'postgraphile/adaptors/pg';
import { grafserv } from 'postgraphile/grafserv/node';

const [connectionString, port] = process.argv.slice(2);
// Amber renames every \`id\` column \`rowId\` (to leave \`id\` for the Node interface), which
// clashes with the plugin tables that have a \`rowId\` column and takes the core tables'
// relations down with them. Without the Node interface, columns keep their own names.
const KeepColumnNamesPlugin = {
  name: 'KeepColumnNamesPlugin',
  version: '0.0.0',
  inflection: {
    replace: {
      _attributeName(_previous, _options, { attributeName, codec }) {
        return this.coerceToGraphQLName(codec.attributes[attributeName].extensions?.tags?.name || attributeName);
      },
    },
  },
};

const preset = {
  plugins: [KeepColumnNamesPlugin],
  extends: [PostGraphileAmberPreset],
  pgServices: [makePgService({ connectionString, schemas: ['public'], poolConfig: { max: 10 } })],
  grafserv: { graphqlPath: '/graphql', graphiql: false, watch: false },
  grafast: { explain: false },
  // NodePlugin: see KeepColumnNamesPlugin. PgIndexBehaviorsPlugin would offer orderBy only on
  // indexed columns; the nested lists are ordered by `position` as printed, like ours.
  disablePlugins: ['NodePlugin', 'PgIndexBehaviorsPlugin'],
};
const pgl = postgraphile(preset);
const serv = pgl.createServ(grafserv);
const server = createServer();
server.on('error', (err) => {
  console.error(err);
  process.exit(1);
});
serv.addTo(server).then(() => {
  server.listen(Number(port), '127.0.0.1', () => console.log(`postgraphile listening on ${port}`));
});
process.on('SIGTERM', async () => {
  server.close();
  await pgl.release();
  process.exit(0);
});
