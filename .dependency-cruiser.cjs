// The import boundaries of ARCHITECTURE.md, checked in CI (`npm run lint:imports`).
// Each folder of server/src is a part; a part reaches another only through its index.ts, and
// only along the arrows of ARCHITECTURE.md. Tests (*.test.ts, test/) may read any module.
const PARTS = ['core', 'syntax', 'language', 'send', 'lsp', 'cli'];
const TESTS = ['\\.test\\.ts$', '^test/'];

/** What each part may import besides itself. */
const MAY_USE = {
  core: [],
  syntax: ['core'],
  language: ['core', 'syntax'],
  send: ['core', 'syntax'],
  lsp: ['core', 'language'],
  cli: ['core', 'syntax', 'language', 'send'],
};

module.exports = {
  forbidden: [
    {
      name: 'deep-import',
      comment: 'A part is reached only through its index.ts (server/src/<part>/index.ts).',
      severity: 'error',
      from: { path: '^server/src/([^/]+)/', pathNot: TESTS },
      to: { path: '^server/src/[^/]+/', pathNot: ['^server/src/$1/', '^server/src/[^/]+/index\\.ts$'] },
    },
    {
      name: 'client-deep-import',
      comment: 'The VS Code client uses the core, the syntax tree and the send engine through their index.ts.',
      severity: 'error',
      from: { path: '^client/src/', pathNot: TESTS },
      to: { path: '^server/src/', pathNot: '^server/src/(core|syntax|send)/index\\.ts$' },
    },
    ...PARTS.map((part) => ({
      name: `${part}-layering`,
      comment: `server/src/${part} may use ${MAY_USE[part].join(', ') || 'no other part'} (ARCHITECTURE.md).`,
      severity: 'error',
      from: { path: `^server/src/${part}/`, pathNot: TESTS },
      to: { path: `^server/src/(?!(${[part, ...MAY_USE[part]].join('|')})/)` },
    })),
    {
      name: 'no-vscode-in-server',
      comment: 'The language service, the send engine and the server run without VS Code.',
      severity: 'error',
      from: { path: '^server/src/' },
      to: { path: '^vscode$' },
    },
    {
      name: 'product-does-not-use-tests',
      comment: 'Product code never imports test helpers, the stand-in or the client from the server.',
      severity: 'error',
      from: { path: '^(server|client)/src/', pathNot: TESTS },
      to: { path: ['^test/', '^salesforce-standin/'] },
    },
    {
      name: 'server-does-not-use-client',
      severity: 'error',
      from: { path: '^server/src/' },
      to: { path: '^client/' },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: ['^node_modules', '^dist', '^\\.vscode-test'] },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: { extensions: ['.ts', '.js', '.json'] },
  },
};
