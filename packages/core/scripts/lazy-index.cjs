#!/usr/bin/env node
// Rewrites dist/index.js (tsc's CommonJS output of src/index.ts) so each module it
// re-exports is required on the first use of one of its exports, not when the package
// is loaded (issue 21 item 5). Why: `require('@council-plans/core')` evaluated every
// module of the package, the GraphQL schema's resolvers, the generated TypeGraphQL
// classes, ExcelJS and Apollo's subgraph tools among them (~1.5 s), for a command-line
// import, a migration or a plugin's layout that use none of them. src/index.ts stays the
// list of exports and their types (index.d.ts is unchanged); only when a module loads
// changes. The build fails when tsc's output has a shape this does not know, rather than
// silently leaving the index eager.
const fs = require('node:fs');
const path = require('node:path');

const file = path.resolve(__dirname, '..', 'dist', 'index.js');
const source = fs.readFileSync(file, 'utf8');
if (source.includes('/* lazy-index */')) process.exit(0);

let bindings = 0;
let namespaces = 0;
const out = source
  .split('\n')
  .map((line) => {
    // `export { a, b } from './m'` → `var m_1 = require("./m");` read through getters `m_1.a`.
    let m = /^var (\w+) = require\(("[^"]+")\);$/.exec(line);
    if (m) {
      bindings++;
      return `var ${m[1]} = __lazyModule(function () { return require(${m[2]}); });`;
    }
    // `export * as ns from './m'` → `exports.ns = __importStar(require("./m"));`
    m = /^exports\.(\w+) = __importStar\(require\(("[^"]+")\)\);$/.exec(line);
    if (m) {
      namespaces++;
      return `__lazyNamespace(${JSON.stringify(m[1])}, function () { return __importStar(require(${m[2]})); });`;
    }
    if (/^(var \w+ = )?require\(|^exports\.\w+ = (?!void 0|exports\.)|__exportStar\(/.test(line) && line !== 'require("reflect-metadata");') {
      throw new Error(`lazy-index: dist/index.js has a line this script does not know how to defer: ${line}`);
    }
    return line;
  });
if (!bindings) throw new Error('lazy-index: no re-exports found in dist/index.js (did tsc change its output?)');

const helpers = `/* lazy-index */
function __lazyModule(load) {
    var loaded;
    return new Proxy({}, { get: function (_target, key) { return (loaded || (loaded = load()))[key]; } });
}
function __lazyNamespace(name, load) {
    var loaded;
    Object.defineProperty(exports, name, { enumerable: true, configurable: true, get: function () { return loaded || (loaded = load()); } });
}`;
const at = out.findIndex((l) => l === 'Object.defineProperty(exports, "__esModule", { value: true });');
if (at < 0) throw new Error('lazy-index: no __esModule marker in dist/index.js');
out.splice(at + 1, 0, helpers);
fs.writeFileSync(file, out.join('\n'));
console.log(`lazy-index: dist/index.js defers ${bindings} modules and ${namespaces} namespaces until first use`);
