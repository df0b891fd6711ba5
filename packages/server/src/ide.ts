// A GraphQL IDE (GraphiQL 3) served by the server itself, from npm packages, so it works
// with no internet: on an air-gapped council network as on a developer's laptop.
import fs from 'node:fs';
import path from 'node:path';
import type http from 'node:http';

const serverDir = path.resolve(__dirname, '..');

/** The files the page loads, by the name it asks for them under /ide/. */
const ASSETS: Record<string, { file: string; type: string }> = {
  'graphiql.min.css': { file: 'graphiql/graphiql.min.css', type: 'text/css; charset=utf-8' },
  'graphiql.min.js': { file: 'graphiql/graphiql.min.js', type: 'text/javascript; charset=utf-8' },
  'react.production.min.js': { file: 'react/umd/react.production.min.js', type: 'text/javascript; charset=utf-8' },
  'react-dom.production.min.js': { file: 'react-dom/umd/react-dom.production.min.js', type: 'text/javascript; charset=utf-8' },
};

const DEFAULT_QUERY = `# Council plans API. Run with the play button or Ctrl-Enter;
# the Docs panel (top left) describes every type and field.
{
  plans {
    totalCount
    nodes {
      title
      periodText
      authority { name }
      actions { title timescaleText }
    }
  }
}
`;

function page(graphqlPath: string): string {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Council plans · GraphiQL</title>
<link rel="stylesheet" href="/ide/graphiql.min.css">
<style>body { margin: 0; } #graphiql { height: 100vh; }</style>
</head>
<body>
<div id="graphiql">Loading the IDE…</div>
<script src="/ide/react.production.min.js"></script>
<script src="/ide/react-dom.production.min.js"></script>
<script src="/ide/graphiql.min.js"></script>
<script>
  const fetcher = GraphiQL.createFetcher({ url: new URL(${JSON.stringify(graphqlPath)}, location.href).toString() });
  ReactDOM.createRoot(document.getElementById('graphiql')).render(
    React.createElement(GraphiQL, { fetcher, defaultQuery: ${JSON.stringify(DEFAULT_QUERY)}, defaultEditorToolsVisibility: true }),
  );
</script>
</body>
</html>
`;
}

/** Whether a request is a browser opening the endpoint (not a GraphQL request). */
export function wantsIde(req: http.IncomingMessage, url: URL): boolean {
  return req.method === 'GET' && !url.searchParams.has('query') && !url.searchParams.has('extensions') && (req.headers.accept ?? '').includes('text/html');
}

export function sendIde(res: http.ServerResponse, graphqlPath: string): void {
  res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-cache' });
  res.end(page(graphqlPath));
}

/** Serves /ide/<asset>; false when the path is not an IDE asset. */
export function sendIdeAsset(res: http.ServerResponse, pathname: string): boolean {
  const asset = ASSETS[pathname.replace(/^\/ide\//, '')];
  if (!pathname.startsWith('/ide/') || !asset) return false;
  // Straight from node_modules: react's `exports` map hides its UMD builds from require.resolve.
  const file = path.join(serverDir, 'node_modules', asset.file);
  res.writeHead(200, { 'content-type': asset.type, 'cache-control': 'public, max-age=86400' });
  fs.createReadStream(file).pipe(res);
  return true;
}
