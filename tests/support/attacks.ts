// The attacks listed in issue 16's "Why" (the HTTP / GraphQL layer's), shared by the suites that send them.

/** The attacks listed in the "Why", as documents and variables. */
export const ATTACKS = {
  kentNesting: '{kentActions{plan{actions{plan{actions{plan{actions{id}}}}}}}}',
  plansNesting: '{plans(first:5){nodes{actions{plan{actions{plan{actions{id}}}}}}}}',
  fragmentChain: (() => {
    let doc = 'query { ...F0 }\n';
    for (let i = 0; i < 24; i++) doc += `fragment F${i} on Query { ...F${i + 1} ...F${i + 1} }\n`;
    return doc + 'fragment F24 on Query { authorities { code name } }';
  })(),
  aliases500: '{' + Array.from({ length: 500 }, (_, i) => `a${i}: actions(first: 500) { nodes { id title } }`).join(' ') + '}',
  schema1000: '{' + Array.from({ length: 1000 }, (_, i) => `s${i}: __schema { types { name fields { name } } }`).join(' ') + '}',
  repeated10000: `{ authorities { ${'code '.repeat(10_000)}} }`,
  deep60: (() => {
    let inner = 'title';
    for (let i = 0; i < 56; i++) inner = `children { ${inner} }`;
    return `{ plans(first: 1) { nodes { sections { ${inner} } } } }`;
  })(),
};
